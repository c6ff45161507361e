import { useSubmission } from '../../hooks/useSubmission';
import { missingOf, SubmitButton } from '../SubmitButton';
import { ACTION_ITEM_STATUSES } from '@devex-governance/backstage-plugin-devex-common';
import { ACTION_ITEM_SOURCES } from '@devex-governance/backstage-plugin-devex-common';
import {
  ActionItem,
  ActionItemFields,
  ACTION_ITEM_LIMITS,
  CreateActionItemRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { DateTime } from 'luxon';
import { FormEvent, useState } from 'react';

import { optionsOf } from '../labels';
import { SelectField } from '../SelectField';
import { ActionItemFieldsEditor } from './ActionItemFieldsEditor';

export interface ActionItemDialogProps {
  open: boolean;
  /** The item to edit; absent when adding one. */
  item?: ActionItem;
  /** The entity a new item belongs to; asked for when absent. */
  entityRef?: string;
  /** Values for a new item, e.g. the meeting it came from. */
  defaults?: Partial<CreateActionItemRequest>;
  onClose: () => void;
  onSubmit: (values: CreateActionItemRequest) => Promise<void>;
}

/** The form keeps an empty string where the API takes null. */
type FormState = Omit<ActionItemFields, 'sourceId'> & { sourceId: string };

function initialState(props: ActionItemDialogProps): FormState {
  const { item, defaults = {} } = props;
  return {
    title: item?.title ?? defaults.title ?? '',
    description: item?.description ?? defaults.description ?? '',
    entityRef: item?.entityRef ?? props.entityRef ?? defaults.entityRef ?? '',
    owner: item?.owner ?? defaults.owner ?? '',
    dueDate:
      item?.dueDate ??
      defaults.dueDate ??
      DateTime.local().plus({ weeks: 2 }).toISODate()!,
    status: item?.status ?? defaults.status ?? 'open',
    source: item?.source ?? defaults.source ?? 'manual',
    sourceId: item?.sourceId ?? defaults.sourceId ?? '',
  };
}

/** Adds or edits an action item; the owner is picked from the catalog's users and groups. */
export function ActionItemDialog(props: ActionItemDialogProps) {
  const { open, item, onClose, onSubmit } = props;
  const [form, setForm] = useState<FormState>(() => initialState(props));
  const { busy: saving, error, submit: send } = useSubmission();

  const setValue = (field: keyof FormState) => (value: string) =>
    setForm(prev => ({ ...prev, [field]: value }));
  const set = (field: keyof FormState) => (e: { target: { value: string } }) =>
    setValue(field)(e.target.value);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await send(() =>
      onSubmit({
        title: form.title,
        description: form.description,
        entityRef: form.entityRef,
        owner: form.owner,
        dueDate: form.dueDate,
        status: form.status,
        source: form.source,
        sourceId: form.sourceId || null,
      }),
    );
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="devex-action-item-dialog-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="devex-action-item-dialog-title">
          {item ? 'Edit action item' : 'Add action item'}
        </DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" role="alert" style={{ marginBottom: 16 }}>
              {error}
            </Alert>
          )}
          <Grid container spacing={2}>
            <ActionItemFieldsEditor
              idPrefix="devex-action-item"
              value={form}
              onChange={(field, value) => setValue(field)(value)}
              askEntity={!props.entityRef}
            />
            <Grid item xs={12} sm={4}>
              <SelectField
                id="devex-action-item-status"
                label="Status"
                value={form.status}
                onChange={setValue('status')}
                fullWidth
                options={optionsOf(ACTION_ITEM_STATUSES)}
              />
            </Grid>
            <Grid item xs={12} sm={4}>
              <SelectField
                id="devex-action-item-source"
                label="Source"
                value={form.source}
                onChange={setValue('source')}
                fullWidth
                options={optionsOf(ACTION_ITEM_SOURCES)}
              />
            </Grid>
            <Grid item xs={12} sm={4}>
              <TextField
                id="devex-action-item-source-id"
                label="Source id"
                helperText="Meeting, escalation or document"
                value={form.sourceId}
                onChange={set('sourceId')}
                fullWidth
                inputProps={{ maxLength: ACTION_ITEM_LIMITS.sourceIdMaxLength }}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <SubmitButton
            label={item ? 'Save' : 'Add'}
            busy={saving}
            missing={missingOf([
              ['a title', form.title.trim()],
              ['an entity', form.entityRef],
              ['an owner', form.owner],
              ['a due date', form.dueDate],
            ])}
          />
        </DialogActions>
      </form>
    </Dialog>
  );
}
