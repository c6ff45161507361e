import { ACTION_ITEM_STATUSES } from '@devex-governance/backstage-plugin-devex-common';
import { ActionItemStatus } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import { useOwnerCandidates } from '../../hooks/useOwnerCandidates';
import { optionsOf } from '../labels';
import { SelectField } from '../SelectField';

export interface ActionItemFilterValues {
  mine: boolean;
  owner: string;
  status: ActionItemStatus | '';
  overdue: boolean;
}

/** The portfolio page's filters: mine, owner, status and overdue. */
export function ActionItemFilters(props: {
  value: ActionItemFilterValues;
  onChange: (value: ActionItemFilterValues) => void;
}) {
  const { value, onChange } = props;
  const owners = useOwnerCandidates();
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      mb={2}
      style={{ gap: 16 }}
    >
      <FormControlLabel
        control={
          <Checkbox
            checked={value.mine}
            onChange={e => onChange({ ...value, mine: e.target.checked })}
          />
        }
        label="Mine (me and my groups)"
      />
      <SelectField
        id="devex-filter-owner"
        label="Owner"
        value={value.owner}
        onChange={owner => onChange({ ...value, owner })}
        style={{ minWidth: 220 }}
        options={[
          { value: '', label: 'Any owner' },
          ...(owners.value ?? []).map(o => ({ value: o.ref, label: o.label })),
        ]}
      />
      <SelectField
        id="devex-filter-status"
        label="Status"
        value={value.status}
        onChange={status =>
          onChange({ ...value, status: status as ActionItemStatus | '' })
        }
        style={{ minWidth: 160 }}
        options={[
          { value: '', label: 'Any status' },
          ...optionsOf(ACTION_ITEM_STATUSES),
        ]}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={value.overdue}
            onChange={e => onChange({ ...value, overdue: e.target.checked })}
          />
        }
        label="Overdue only"
      />
    </Box>
  );
}
