import { EXPERIMENT_DECISIONS } from '@devex-governance/backstage-plugin-devex-common';
import {
  Experiment,
  ExperimentDecision,
  ExperimentStatus,
  legalNextStatuses,
  TransitionExperimentRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import { NoteField } from '../NoteField';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { optionsOf, labelOf } from '../labels';
import {} from '../scorecardPresentation';
import { SelectField } from '../SelectField';

/** Moves an experiment to one of its legal next states, with the note the history requires. */
export function ChangeStatusDialog(props: {
  experiment: Experiment;
  onClose: () => void;
  onSubmit: (request: TransitionExperimentRequest) => Promise<void>;
}) {
  const { experiment, onClose, onSubmit } = props;
  const next = legalNextStatuses(experiment.status);
  const [to, setTo] = useState<ExperimentStatus | ''>(next[0] ?? '');
  const [decision, setDecision] = useState<ExperimentDecision>('scale');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit({
        to,
        note,
        version: experiment.version,
        ...(to === 'decided' ? { decision } : {}),
      });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="devex-change-status-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="devex-change-status-title">
          Change status of {experiment.key}
        </DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" role="alert" style={{ marginBottom: 16 }}>
              {error}
            </Alert>
          )}
          <DialogContentText>
            {experiment.title} is{' '}
            {labelOf(experiment.status).toLocaleLowerCase('en-US')}.
          </DialogContentText>
          <SelectField
            id="devex-change-status-to"
            label="New status"
            value={to}
            onChange={value => setTo(value as ExperimentStatus)}
            fullWidth
            required
            options={next.map(s => ({
              value: s,
              label: labelOf(s),
            }))}
          />
          {to === 'decided' && (
            <div style={{ marginTop: 16 }}>
              <SelectField
                id="devex-change-status-decision"
                label="Decision"
                value={decision}
                onChange={value => setDecision(value as ExperimentDecision)}
                fullWidth
                required
                options={optionsOf(EXPERIMENT_DECISIONS)}
              />
            </div>
          )}
          <NoteField
            id="devex-change-status-note"
            label="Note"
            helperText="Why it changes: the history keeps it"
            value={note}
            onChange={setNote}
            maxLength={2000}
            margin="normal"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving || !to || !note.trim()}
          >
            Change status
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
