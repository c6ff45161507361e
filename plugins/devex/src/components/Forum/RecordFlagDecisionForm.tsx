import { missingOf } from '../SubmitButton';
import {
  experimentOptions,
  ForumFormProps,
  RecordingForm,
} from './RecordingForm';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useExperimentChoices } from '../../hooks/useExperimentChoices';
import { SelectField } from '../SelectField';
import {
  emptyFlagDecision,
  FlagDecisionDraft,
  FlagDecisionFields,
  flagDecisionComplete,
} from '../FlagDecisions';

/** A decision on an experiment's feature flag, linked to this meeting. */
export function RecordFlagDecisionForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const choices = useExperimentChoices(props.reloadKey);
  const experiments = choices.value ?? [];
  const [experimentId, setExperimentId] = useState('');
  const [draft, setDraft] = useState<FlagDecisionDraft>(emptyFlagDecision());
  const experiment = experiments.find(e => e.id === experimentId);

  return (
    <RecordingForm
      id="devex-forum-flag-decision-title"
      title="Record flag decision"
      submitLabel="Record flag decision"
      missing={missingOf([
        ['an experiment', experiment],
        ['the decision', flagDecisionComplete(draft)],
      ])}
      onSubmit={async () => {
        if (!experiment) return;
        const output = await api.recordForumFlagDecision(props.occurrenceId, {
          step: props.step,
          experimentId: experiment.id,
          ...draft,
          reason: draft.reason.trim(),
        });
        setExperimentId('');
        setDraft(emptyFlagDecision());
        props.onRecorded(output);
      }}
    >
      <Box mb={2}>
        <SelectField
          id="devex-forum-flag-decision-experiment"
          label="Experiment"
          value={experimentId}
          onChange={id => {
            setExperimentId(id);
            const chosen = experiments.find(e => e.id === id);
            if (chosen?.vehicle?.type === 'feature_flag') {
              setDraft(d => ({ ...d, flagKey: chosen.vehicle!.ref }));
            }
          }}
          required
          fullWidth
          options={experimentOptions(experiments, choices.loading)}
        />
      </Box>
      <FlagDecisionFields
        idPrefix="devex-forum-flag-decision"
        value={draft}
        onChange={setDraft}
      />
    </RecordingForm>
  );
}
