import {
  ActionItemStatus,
  ACTION_ITEM_STATUSES,
} from '@internal/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import { useOwnerCandidates } from '../../hooks/useOwnerCandidates';
import { statusLabels } from '../labels';

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
    <Box display="flex" flexWrap="wrap" alignItems="center" mb={2} style={{ gap: 16 }}>
      <FormControlLabel
        control={<Checkbox checked={value.mine} onChange={e => onChange({ ...value, mine: e.target.checked })} />}
        label="Mine (me and my groups)"
      />
      <TextField
        select
        id="devex-filter-owner"
        label="Owner"
        value={value.owner}
        onChange={e => onChange({ ...value, owner: e.target.value })}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        style={{ minWidth: 220 }}
      >
        <option value="">Any owner</option>
        {(owners.value ?? []).map(o => (
          <option key={o.ref} value={o.ref}>
            {o.label}
          </option>
        ))}
      </TextField>
      <TextField
        select
        id="devex-filter-status"
        label="Status"
        value={value.status}
        onChange={e => onChange({ ...value, status: e.target.value as ActionItemStatus | '' })}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        style={{ minWidth: 160 }}
      >
        <option value="">Any status</option>
        {ACTION_ITEM_STATUSES.map(s => (
          <option key={s} value={s}>
            {statusLabels[s]}
          </option>
        ))}
      </TextField>
      <FormControlLabel
        control={<Checkbox checked={value.overdue} onChange={e => onChange({ ...value, overdue: e.target.checked })} />}
        label="Overdue only"
      />
    </Box>
  );
}
