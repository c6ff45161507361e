import { missingOf } from '../SubmitButton';
import { EXPERIMENT_DECISIONS } from '@devex-governance/backstage-plugin-devex-common';
import {
  experimentOptions,
  ForumFormProps,
  RecordingForm,
} from './RecordingForm';
import { useApi } from '@backstage/core-plugin-api';
import {
  ExperimentDecision,
  ExperimentStatus,
  legalNextStatuses,
} from '@devex-governance/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import { NoteField } from '../NoteField';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useExperimentChoices } from '../../hooks/useExperimentChoices';
import { optionsOf, labelOf } from '../labels';
import {} from '../scorecardPresentation';
import { SelectField } from '../SelectField';

/** A decision on an experiment, with the status transition it causes. */
export function RecordDecisionForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const choices = useExperimentChoices(props.reloadKey);
  const experiments = (choices.value ?? []).filter(
    e => legalNextStatuses(e.status).length > 0,
  );
  const [experimentId, setExperimentId] = useState('');
  const [to, setTo] = useState<ExperimentStatus | ''>('');
  const [decision, setDecision] = useState<ExperimentDecision>('scale');
  const [note, setNote] = useState('');
  const experiment = experiments.find(e => e.id === experimentId);
  const next = experiment ? legalNextStatuses(experiment.status) : [];
  const target = to && next.includes(to) ? to : next[0] ?? '';

  return (
    <RecordingForm
      id="devex-forum-decision-title"
      title="Record decision"
      submitLabel="Record decision"
      missing={missingOf([
        ['an experiment', experiment],
        ['the new status', target],
        ['a note', note.trim()],
      ])}
      onSubmit={async () => {
        if (!experiment || !target) return;
        const output = await api.recordForumDecision(props.occurrenceId, {
          step: props.step,
          experimentId: experiment.id,
          to: target,
          note: note.trim(),
          version: experiment.version,
          ...(target === 'decided' ? { decision } : {}),
        });
        setExperimentId('');
        setTo('');
        setNote('');
        props.onRecorded(output);
      }}
    >
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <SelectField
            id="devex-forum-decision-experiment"
            label="Experiment"
            value={experimentId}
            onChange={setExperimentId}
            required
            fullWidth
            options={experimentOptions(experiments, choices.loading)}
          />
        </Grid>
        <Grid item xs={12}>
          <SelectField
            id="devex-forum-decision-to"
            label="New status"
            value={target}
            onChange={value => setTo(value as ExperimentStatus)}
            required
            fullWidth
            options={
              next.length
                ? next.map(s => ({
                    value: s,
                    label: labelOf(s),
                  }))
                : [{ value: '', label: 'Choose an experiment first' }]
            }
          />
        </Grid>
        {target === 'decided' && (
          <Grid item xs={12}>
            <SelectField
              id="devex-forum-decision-decision"
              label="Decision"
              value={decision}
              onChange={value => setDecision(value as ExperimentDecision)}
              required
              fullWidth
              options={optionsOf(EXPERIMENT_DECISIONS)}
            />
          </Grid>
        )}
        <Grid item xs={12}>
          <NoteField
            id="devex-forum-decision-note"
            label="Decision note"
            helperText="What the forum decided and why: the experiment's history keeps it"
            value={note}
            onChange={setNote}
            maxLength={2000}
          />
        </Grid>
      </Grid>
    </RecordingForm>
  );
}
