import { chosenDay } from '../dates';
import {
  RequestWaiverRequest,
  WaiverSubjectType,
} from '@devex-governance/backstage-plugin-devex-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { NoteField } from '../NoteField';

/** Asks for a waiver of one subject: why, and until when (a date after today). */
export function RequestWaiverDialog(props: {
  subjectType: WaiverSubjectType;
  subjectId: string;
  subjectTitle: string;
  onClose: () => void;
  onSubmit: (request: RequestWaiverRequest) => Promise<void>;
}) {
  const tomorrow = DateTime.now().plus({ days: 1 }).toISODate()!;
  const [justification, setJustification] = useState('');
  const [expiresOn, setExpiresOn] = useState(
    DateTime.now().plus({ days: 90 }).toISODate()!,
  );
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const complete = Boolean(justification.trim() && expiresOn >= tomorrow);
  return (
    <Dialog
      open
      onClose={props.onClose}
      aria-labelledby="devex-waiver-title"
      fullWidth
    >
      <form
        noValidate
        onSubmit={async e => {
          e.preventDefault();
          if (!complete || saving) return;
          setSaving(true);
          setError(undefined);
          try {
            await props.onSubmit({
              subjectType: props.subjectType,
              subjectId: props.subjectId,
              justification: justification.trim(),
              expiresOn,
            });
          } catch (err) {
            setError((err as Error).message);
          } finally {
            setSaving(false);
          }
        }}
      >
        <DialogTitle id="devex-waiver-title">
          Request a waiver for {props.subjectId}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {props.subjectTitle}. An admin approves it; it holds until the end
            of its expiry date and its owners hear of it a week before.
          </DialogContentText>
          {error && (
            <Alert severity="error" role="alert" style={{ marginBottom: 16 }}>
              {error}
            </Alert>
          )}
          <NoteField
            id="devex-waiver-justification"
            label="Justification"
            helperText="Why it is deliberately not automated (or paused), and what covers it meanwhile"
            value={justification}
            onChange={setJustification}
            maxLength={4000}
            minRows={3}
            margin="normal"
          />
          <TextField
            id="devex-waiver-expires"
            label="Expires on"
            type="date"
            value={expiresOn}
            onChange={e => setExpiresOn(e.target.value)}
            required
            InputLabelProps={{ shrink: true }}
            inputProps={{ min: tomorrow }}
            helperText={chosenDay(expiresOn)}
            margin="normal"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving || !complete}
          >
            Request waiver
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
