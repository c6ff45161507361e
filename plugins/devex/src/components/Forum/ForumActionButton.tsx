import { useSubmission } from '../../hooks/useSubmission';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';

/** What a button asks before it acts: a question, why it asks, and the word that goes ahead. */
export interface Confirmation {
  title: string;
  text: string;
  confirmLabel: string;
}

let dialogs = 0;

/**
 * A contained button that runs one request of the forum: disabled while it runs, and what went
 * wrong shown above it (`onFailed` hears it too, e.g. to reload what changed meanwhile). Given a
 * `confirm`, it asks first (a forum started before its time, finished with nothing recorded).
 */
export function ForumActionButton(props: {
  label: string;
  /** The button's accessible name, where the label alone is ambiguous on the page. */
  ariaLabel?: string;
  run: () => Promise<void>;
  onFailed?: () => void;
  confirm?: Confirmation | null;
}) {
  const { busy, error, submit } = useSubmission();
  const [asking, setAsking] = useState(false);
  const [titleId] = useState(() => `devex-confirm-${++dialogs}`);
  const run = async () => {
    setAsking(false);
    await submit(props.run, props.onFailed);
  };
  return (
    <>
      {error && (
        <Alert severity="error" role="alert" style={{ marginBottom: 16 }}>
          {error}
        </Alert>
      )}
      <Button
        color="primary"
        variant="contained"
        disabled={busy}
        aria-label={props.ariaLabel}
        onClick={() => (props.confirm ? setAsking(true) : run())}
      >
        {props.label}
      </Button>
      {props.confirm && (
        <Dialog
          open={asking}
          onClose={() => setAsking(false)}
          aria-labelledby={titleId}
        >
          <DialogTitle id={titleId}>{props.confirm.title}</DialogTitle>
          <DialogContent>
            <DialogContentText>{props.confirm.text}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setAsking(false)}>Cancel</Button>
            <Button color="primary" variant="contained" onClick={run}>
              {props.confirm.confirmLabel}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
