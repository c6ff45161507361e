import { chosenDay } from '../dates';
import { ACTION_ITEM_LIMITS } from '@devex-governance/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import { DraftField } from '../DraftField';
import { EntityPicker } from '../EntityPicker';
import { useOwnerCandidates } from '../../hooks/useOwnerCandidates';
import { SelectField } from '../SelectField';

/** The fields of an action item that people write, as the forms hold them. */
export interface ActionItemDraft {
  title: string;
  description: string;
  entityRef: string;
  owner: string;
  dueDate: string;
}

/**
 * The fields every action item form asks for (title, description, entity, owner from the
 * catalog's users and groups, due date), as grid items; the dialog and forum mode add their own.
 */
export function ActionItemFieldsEditor(props: {
  /** Prefix of the fields' element ids, unique on the page. */
  idPrefix: string;
  value: ActionItemDraft;
  onChange: (field: keyof ActionItemDraft, value: string) => void;
  /** Whether the entity is asked for (not when the form belongs to one entity). */
  askEntity: boolean;
}) {
  const { idPrefix, value, onChange } = props;
  const owners = useOwnerCandidates();
  const ownerOptions = owners.value ?? [];
  const ownerKnown = ownerOptions.some(o => o.ref === value.owner);
  const field = { idPrefix, draft: value, onChange };
  return (
    <>
      <DraftField
        {...field}
        field="title"
        label="Title"
        maxLength={ACTION_ITEM_LIMITS.titleMaxLength}
      />
      <DraftField
        {...field}
        field="description"
        label="Description"
        required={false}
        multiline
        maxLength={ACTION_ITEM_LIMITS.descriptionMaxLength}
      />
      {props.askEntity && (
        <Grid item xs={12}>
          <EntityPicker
            id={`${idPrefix}-entity`}
            label="Entity"
            value={value.entityRef}
            onChange={entityRef => onChange('entityRef', entityRef)}
            required
            helperText="The catalog entity it belongs to: type its name or title"
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <SelectField
          id={`${idPrefix}-owner`}
          label="Owner"
          value={value.owner}
          onChange={owner => onChange('owner', owner)}
          required
          fullWidth
          helperText={
            owners.error
              ? `Could not load owners: ${owners.error.message}`
              : undefined
          }
          options={[
            {
              value: '',
              label: owners.loading
                ? 'Loading users and groups…'
                : 'Choose a user or group',
              disabled: true,
            },
            ...(!ownerKnown && value.owner
              ? [{ value: value.owner, label: value.owner }]
              : []),
            ...ownerOptions.map(o => ({ value: o.ref, label: o.label })),
          ]}
        />
      </Grid>
      <DraftField
        {...field}
        field="dueDate"
        name="due-date"
        label="Due date"
        type="date"
        helperText={chosenDay(value.dueDate)}
        InputLabelProps={{ shrink: true }}
      />
    </>
  );
}
