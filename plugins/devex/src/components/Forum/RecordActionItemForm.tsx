import { ForumFormProps, RecordingForm } from './RecordingForm';
import { useApi } from '@backstage/core-plugin-api';
import { ACTION_ITEM_LIMITS } from '@devex-governance/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useOwnerCandidates } from '../../hooks/useOwnerCandidates';
import { SelectField } from '../SelectField';

/** An action item with an owner and a due date, sourced to the forum's occurrence. */
export function RecordActionItemForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const owners = useOwnerCandidates();
  const initialDue = () => DateTime.local().plus({ weeks: 2 }).toISODate()!;
  const [title, setTitle] = useState('');
  const [entityRef, setEntityRef] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState(initialDue);
  const [description, setDescription] = useState('');

  return (
    <RecordingForm
      id="devex-forum-action-item-title"
      title="Record action item"
      submitLabel="Record action item"
      canSubmit={Boolean(title.trim() && entityRef.trim() && owner && dueDate)}
      onSubmit={async () => {
        const output = await api.recordForumActionItem(props.occurrenceId, {
          step: props.step,
          title: title.trim(),
          entityRef: entityRef.trim(),
          owner,
          dueDate,
          ...(description.trim() ? { description: description.trim() } : {}),
        });
        setTitle('');
        setDescription('');
        setDueDate(initialDue());
        props.onRecorded(output);
      }}
    >
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-action-item-title-field"
            label="Title"
            value={title}
            onChange={e => setTitle(e.target.value)}
            required
            fullWidth
            inputProps={{ maxLength: ACTION_ITEM_LIMITS.titleMaxLength }}
          />
        </Grid>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-action-item-entity"
            label="Entity"
            helperText="The catalog entity it belongs to, e.g. component:default/my-service"
            value={entityRef}
            onChange={e => setEntityRef(e.target.value)}
            required
            fullWidth
          />
        </Grid>
        <Grid item xs={12}>
          <SelectField
            id="devex-forum-action-item-owner"
            label="Owner"
            value={owner}
            onChange={setOwner}
            required
            fullWidth
            options={[
              {
                value: '',
                label: owners.loading
                  ? 'Loading users and groups…'
                  : 'Choose a user or group',
                disabled: true,
              },
              ...(owners.value ?? []).map(o => ({
                value: o.ref,
                label: o.label,
              })),
            ]}
          />
        </Grid>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-action-item-due-date"
            label="Due date"
            type="date"
            value={dueDate}
            onChange={e => setDueDate(e.target.value)}
            required
            fullWidth
            InputLabelProps={{ shrink: true }}
          />
        </Grid>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-action-item-description"
            label="Description"
            value={description}
            onChange={e => setDescription(e.target.value)}
            fullWidth
            multiline
            minRows={2}
            inputProps={{
              maxLength: ACTION_ITEM_LIMITS.descriptionMaxLength,
            }}
          />
        </Grid>
      </Grid>
    </RecordingForm>
  );
}
