import { useApi } from '@backstage/core-plugin-api';
import { PersonLink } from '../PersonLink';
import { ForumSession } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useOwnerCandidates } from '../../hooks/useOwnerCandidates';
import { SelectField } from '../SelectField';

/** Who attends the forum (users and groups of the catalog); each change is saved at once. */
export function AttendeesEditor(props: {
  session: ForumSession;
  onChange: (session: ForumSession) => void;
}) {
  const api = useApi(devexApiRef);
  const owners = useOwnerCandidates();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const { attendees } = props.session;
  const labelOf = (ref: string) =>
    owners.value?.find(o => o.ref === ref)?.label ?? ref;

  const save = async (next: string[]) => {
    setSaving(true);
    setError(undefined);
    try {
      props.onChange(
        await api.setForumAttendees(props.session.occurrenceId, next),
      );
      setChoice('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="devex-forum-attendees-title">
      <Typography variant="h6" component="h3" id="devex-forum-attendees-title">
        Attendees
      </Typography>
      {error && (
        <Alert severity="error" role="alert" style={{ marginBottom: 8 }}>
          {error}
        </Alert>
      )}
      {attendees.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No attendees recorded yet.
        </Typography>
      ) : (
        <ul aria-label="Attendees" style={{ margin: 0, paddingLeft: 20 }}>
          {attendees.map(ref => (
            <li key={ref}>
              <PersonLink entityRef={ref} defaultKind="user" />
              <IconButton
                size="small"
                aria-label={`Remove ${labelOf(ref)} from the attendees`}
                disabled={saving}
                onClick={() => save(attendees.filter(a => a !== ref))}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </li>
          ))}
        </ul>
      )}
      <Box
        mt={2}
        display="flex"
        alignItems="flex-end"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <SelectField
          id="devex-forum-attendee"
          label="Attendee"
          value={choice}
          onChange={setChoice}
          style={{ minWidth: 260 }}
          options={[
            {
              value: '',
              label: owners.loading
                ? 'Loading users and groups…'
                : 'Choose a user or group',
              disabled: true,
            },
            ...(owners.value ?? [])
              .filter(o => !attendees.includes(o.ref))
              .map(o => ({ value: o.ref, label: o.label })),
          ]}
        />
        <Button
          variant="outlined"
          color="primary"
          disabled={!choice || saving}
          onClick={() => save([...attendees, choice])}
        >
          Add attendee
        </Button>
      </Box>
    </Box>
  );
}
