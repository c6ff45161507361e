import { missingOf } from '../SubmitButton';
import { ForumFormProps, RecordingForm } from './RecordingForm';
import { useApi } from '@backstage/core-plugin-api';
import { NoteField } from '../NoteField';
import { useState } from 'react';
import { devexApiRef } from '../../api';

/** A decision or roadmap adjustment that changes no record, in words. */
export function ForumNoteForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const [text, setText] = useState('');
  return (
    <RecordingForm
      id="devex-forum-note-title"
      title="Record note"
      submitLabel="Record note"
      missing={missingOf([['the note', text.trim()]])}
      onSubmit={async () => {
        const output = await api.recordForumNote(props.occurrenceId, {
          step: props.step,
          text: text.trim(),
        });
        setText('');
        props.onRecorded(output);
      }}
    >
      <NoteField
        id="devex-forum-note"
        label="Note"
        helperText="A decision or roadmap adjustment that changes no record"
        value={text}
        onChange={setText}
        maxLength={2000}
      />
    </RecordingForm>
  );
}
