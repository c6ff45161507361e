import { missingOf } from '../SubmitButton';
import { ForumFormProps, RecordingForm } from './RecordingForm';
import { useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import {
  ActionItemDraft,
  ActionItemFieldsEditor,
} from '../ActionItemDialog/ActionItemFieldsEditor';

/** An action item with an owner and a due date, sourced to the forum's occurrence. */
export function RecordActionItemForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const initialDue = () => DateTime.local().plus({ weeks: 2 }).toISODate()!;
  const [draft, setDraft] = useState<ActionItemDraft>(() => ({
    title: '',
    description: '',
    entityRef: '',
    owner: '',
    dueDate: initialDue(),
  }));
  const { title, entityRef, owner, dueDate, description } = draft;

  return (
    <RecordingForm
      id="devex-forum-action-item-title"
      title="Record action item"
      submitLabel="Record action item"
      missing={missingOf([
        ['a title', title.trim()],
        ['an entity', entityRef],
        ['an owner', owner],
        ['a due date', dueDate],
      ])}
      onSubmit={async () => {
        const output = await api.recordForumActionItem(props.occurrenceId, {
          step: props.step,
          title: title.trim(),
          entityRef: entityRef.trim(),
          owner,
          dueDate,
          ...(description.trim() ? { description: description.trim() } : {}),
        });
        setDraft(d => ({
          ...d,
          title: '',
          description: '',
          dueDate: initialDue(),
        }));
        props.onRecorded(output);
      }}
    >
      <Grid container spacing={2}>
        <ActionItemFieldsEditor
          idPrefix="devex-forum-action-item-field"
          value={draft}
          onChange={(field, value) => setDraft(d => ({ ...d, [field]: value }))}
          askEntity
        />
      </Grid>
    </RecordingForm>
  );
}
