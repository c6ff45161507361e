import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';

/** A text field of the dialog; the first field is required unless it says otherwise. */
export interface TextDialogField {
  label: string;
  initial?: string;
  multiline?: boolean;
  required?: boolean;
}

export interface TextDialogProps {
  title: string;
  /** What the dialog asks or warns about, above the fields. */
  text?: string;
  /** Fields to fill in; none makes it a confirmation. */
  fields?: TextDialogField[];
  submitLabel: string;
  /** For what cannot be undone: the submit button is the secondary colour. */
  destructive?: boolean;
  onClose: () => void;
  /** Called with the fields' values; a rejected promise shows its message and keeps the dialog open. */
  onSubmit: (values: string[]) => Promise<void>;
}

/** The plugin's one small dialog: a confirmation, or a few text fields to fill in and submit. */
export function TextDialog(props: TextDialogProps) {
  const fields = props.fields ?? [];
  const [values, setValues] = useState(fields.map(f => f.initial ?? ''));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const missing = fields.some(
    (f, i) => (f.required ?? i === 0) && !values[i].trim(),
  );
  const submit = async () => {
    setBusy(true);
    try {
      await props.onSubmit(values);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      onClose={props.onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="devex-text-dialog-title"
    >
      <DialogTitle id="devex-text-dialog-title">{props.title}</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        {props.text && <DialogContentText>{props.text}</DialogContentText>}
        {fields.map((f, i) => (
          <TextField
            key={f.label}
            id={`devex-text-dialog-${i}`}
            label={f.label}
            value={values[i]}
            onChange={e =>
              setValues(v => v.map((x, j) => (j === i ? e.target.value : x)))
            }
            fullWidth
            multiline={f.multiline}
            minRows={f.multiline ? 2 : undefined}
            required={f.required ?? i === 0}
            style={{ marginTop: i ? 16 : 0 }}
          />
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Cancel</Button>
        <Button
          color={props.destructive ? 'secondary' : 'primary'}
          variant="contained"
          disabled={missing || busy}
          onClick={submit}
        >
          {props.submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
