import { BacklogItem } from '@internal/backstage-plugin-devex-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';

/** Records the forum's decision on a backlog item, with a note. */
export function DecisionDialog(props: {
  item: BacklogItem;
  onClose: () => void;
  onSubmit: (decision: string, note: string) => Promise<void>;
}) {
  const [decision, setDecision] = useState(props.item.decision ?? '');
  const [note, setNote] = useState(props.item.decisionNote ?? '');
  const [error, setError] = useState<string>();
  return (
    <Dialog
      open
      onClose={props.onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="devex-decision-title"
    >
      <DialogTitle id="devex-decision-title">
        Decision on {props.item.initiative}
      </DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          id="devex-decision"
          label="Decision"
          value={decision}
          onChange={e => setDecision(e.target.value)}
          fullWidth
          required
        />
        <TextField
          id="devex-decision-note"
          label="Note"
          value={note}
          onChange={e => setNote(e.target.value)}
          fullWidth
          multiline
          minRows={2}
          style={{ marginTop: 16 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!decision.trim()}
          onClick={() =>
            props
              .onSubmit(decision, note)
              .catch(e => setError((e as Error).message))
          }
        >
          Record decision
        </Button>
      </DialogActions>
    </Dialog>
  );
}
