import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ACTION_ITEM_LIMITS,
  Experiment,
  ExperimentDecision,
  ExperimentStatus,
  ForumOutput,
  legalNextStatuses,
  RISK_STATUSES,
  RiskStatus,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { DateTime } from 'luxon';
import { FormEvent, ReactNode, useState } from 'react';
import { devexApiRef } from '../../api';
import { useRisks } from '../../hooks/useDevexApi';
import { useOwnerCandidates } from '../../hooks/useOwnerCandidates';
import { useScorecards } from '../../hooks/useScorecards';
import { optionsOf } from '../labels';
import {
  decisionLabels,
  experimentStatusLabels,
} from '../scorecardPresentation';
import { SelectField } from '../SelectField';
import {
  emptyFlagDecision,
  FlagDecisionDraft,
  FlagDecisionFields,
  flagDecisionComplete,
} from '../FlagDecisions';

/** What every recording form is told: where it records, and whom to tell. */
export interface ForumFormProps {
  occurrenceId: string;
  step: string;
  /** The forum's version: the lists a form picks from reload when it changes. */
  reloadKey?: unknown;
  onRecorded: (output: ForumOutput) => void;
}

/** A labelled form with its error and submit button; `run` records and reports. */
function RecordingForm(props: {
  id: string;
  title: string;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}) {
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!props.canSubmit || saving) return;
    setSaving(true);
    setError(undefined);
    try {
      await props.onSubmit();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <InfoCard title={props.title} titleTypographyProps={{ id: props.id }}>
      <form onSubmit={submit} noValidate aria-labelledby={props.id}>
        {error && (
          <Alert severity="error" role="alert" style={{ marginBottom: 16 }}>
            {error}
          </Alert>
        )}
        {props.children}
        <Box mt={2}>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving || !props.canSubmit}
          >
            {props.submitLabel}
          </Button>
        </Box>
      </form>
    </InfoCard>
  );
}

/** An experiment picker's options: a prompt, then each experiment with its status. */
function experimentOptions(experiments: Experiment[], loading: boolean) {
  return [
    {
      value: '',
      label: loading ? 'Loading experiments…' : 'Choose an experiment',
      disabled: true,
    },
    ...experiments.map(e => ({
      value: e.id,
      label: `${e.key} · ${e.title} (${experimentStatusLabels[e.status]})`,
    })),
  ];
}

/** A decision on an experiment, with the status transition it causes. */
export function RecordDecisionForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const scorecards = useScorecards({}, props.reloadKey);
  const experiments = (scorecards.value ?? [])
    .map(s => s.experiment)
    .filter(e => legalNextStatuses(e.status).length > 0);
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
      canSubmit={Boolean(experiment && target && note.trim())}
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
        <Grid item xs={12} md={6}>
          <SelectField
            id="devex-forum-decision-experiment"
            label="Experiment"
            value={experimentId}
            onChange={setExperimentId}
            required
            fullWidth
            options={experimentOptions(experiments, scorecards.loading)}
          />
        </Grid>
        <Grid item xs={12} sm={6} md={3}>
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
                    label: experimentStatusLabels[s],
                  }))
                : [{ value: '', label: 'Choose an experiment first' }]
            }
          />
        </Grid>
        {target === 'decided' && (
          <Grid item xs={12} sm={6} md={3}>
            <SelectField
              id="devex-forum-decision-decision"
              label="Decision"
              value={decision}
              onChange={value => setDecision(value as ExperimentDecision)}
              required
              fullWidth
              options={optionsOf(decisionLabels)}
            />
          </Grid>
        )}
        <Grid item xs={12}>
          <TextField
            id="devex-forum-decision-note"
            label="Decision note"
            helperText="What the forum decided and why: the experiment's history keeps it"
            value={note}
            onChange={e => setNote(e.target.value)}
            required
            fullWidth
            multiline
            minRows={2}
            inputProps={{ maxLength: 2000 }}
          />
        </Grid>
      </Grid>
    </RecordingForm>
  );
}

/** A decision on an experiment's feature flag, linked to this meeting. */
export function RecordFlagDecisionForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const scorecards = useScorecards({}, props.reloadKey);
  const experiments = (scorecards.value ?? []).map(s => s.experiment);
  const [experimentId, setExperimentId] = useState('');
  const [draft, setDraft] = useState<FlagDecisionDraft>(emptyFlagDecision());
  const experiment = experiments.find(e => e.id === experimentId);

  return (
    <RecordingForm
      id="devex-forum-flag-decision-title"
      title="Record flag decision"
      submitLabel="Record flag decision"
      canSubmit={Boolean(experiment && flagDecisionComplete(draft))}
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
          options={experimentOptions(experiments, scorecards.loading)}
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

const riskStatusLabels: Record<RiskStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  mitigated: 'Mitigated',
  accepted: 'Accepted',
};
const scale = [1, 2, 3, 4, 5].map(n => ({ value: String(n), label: `${n}` }));

/** A change to a risk: its status, impact, likelihood or mitigation; only what changed is sent. */
export function RecordRiskChangeForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const risks = useRisks(undefined, props.reloadKey);
  const [riskId, setRiskId] = useState('');
  const [status, setStatus] = useState('');
  const [impact, setImpact] = useState('');
  const [likelihood, setLikelihood] = useState('');
  const [mitigation, setMitigation] = useState<string>();
  const risk = risks.value?.risks.find(r => r.id === riskId);
  const change = risk
    ? {
        ...(status && status !== risk.status
          ? { status: status as RiskStatus }
          : {}),
        ...(impact && Number(impact) !== risk.impact
          ? { impact: Number(impact) }
          : {}),
        ...(likelihood && Number(likelihood) !== risk.likelihood
          ? { likelihood: Number(likelihood) }
          : {}),
        ...(mitigation !== undefined && mitigation !== risk.mitigation
          ? { mitigation }
          : {}),
      }
    : {};
  const choose = (id: string) => {
    setRiskId(id);
    setStatus('');
    setImpact('');
    setLikelihood('');
    setMitigation(undefined);
  };

  return (
    <RecordingForm
      id="devex-forum-risk-title"
      title="Record risk change"
      submitLabel="Record risk change"
      canSubmit={Boolean(risk) && Object.keys(change).length > 0}
      onSubmit={async () => {
        if (!risk) return;
        const output = await api.recordForumRiskChange(props.occurrenceId, {
          step: props.step,
          riskId: risk.id,
          version: risk.version,
          ...change,
        });
        choose('');
        props.onRecorded(output);
      }}
    >
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <SelectField
            id="devex-forum-risk"
            label="Risk"
            value={riskId}
            onChange={choose}
            required
            fullWidth
            options={[
              {
                value: '',
                label: risks.loading ? 'Loading risks…' : 'Choose a risk',
                disabled: true,
              },
              ...(risks.value?.risks ?? []).map(r => ({
                value: r.id,
                label: `${r.key} · ${r.title} (${r.impact}×${r.likelihood}, ${
                  riskStatusLabels[r.status as RiskStatus] ?? r.status
                })`,
              })),
            ]}
          />
        </Grid>
        <Grid item xs={12} sm={4}>
          <SelectField
            id="devex-forum-risk-status"
            label="Status"
            value={status || risk?.status || ''}
            onChange={setStatus}
            fullWidth
            options={[
              ...(risk ? [] : [{ value: '', label: '—' }]),
              ...RISK_STATUSES.map(s => ({
                value: s,
                label: riskStatusLabels[s],
              })),
            ]}
          />
        </Grid>
        <Grid item xs={6} sm={4}>
          <SelectField
            id="devex-forum-risk-impact"
            label="Impact"
            value={impact || (risk ? String(risk.impact) : '')}
            onChange={setImpact}
            fullWidth
            options={[...(risk ? [] : [{ value: '', label: '—' }]), ...scale]}
          />
        </Grid>
        <Grid item xs={6} sm={4}>
          <SelectField
            id="devex-forum-risk-likelihood"
            label="Likelihood"
            value={likelihood || (risk ? String(risk.likelihood) : '')}
            onChange={setLikelihood}
            fullWidth
            options={[...(risk ? [] : [{ value: '', label: '—' }]), ...scale]}
          />
        </Grid>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-risk-mitigation"
            label="Mitigation"
            value={mitigation ?? risk?.mitigation ?? ''}
            onChange={e => setMitigation(e.target.value)}
            fullWidth
            multiline
            minRows={2}
            disabled={!risk}
            inputProps={{ maxLength: 4000 }}
          />
        </Grid>
      </Grid>
    </RecordingForm>
  );
}

/** An action item with an owner and a due date, sourced to the forum's occurrence. */
export function RecordActionItemForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const owners = useOwnerCandidates();
  const initialDue = () => DateTime.local().plus({ weeks: 2 }).toISODate()!;
  const [title, setTitle] = useState('');
  const [entityRef, setEntityRef] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState(initialDue);
  const [description, setDescription] = useState('');

  return (
    <RecordingForm
      id="devex-forum-action-item-title"
      title="Record action item"
      submitLabel="Record action item"
      canSubmit={Boolean(title.trim() && entityRef.trim() && owner && dueDate)}
      onSubmit={async () => {
        const output = await api.recordForumActionItem(props.occurrenceId, {
          step: props.step,
          title: title.trim(),
          entityRef: entityRef.trim(),
          owner,
          dueDate,
          ...(description.trim() ? { description: description.trim() } : {}),
        });
        setTitle('');
        setDescription('');
        setDueDate(initialDue());
        props.onRecorded(output);
      }}
    >
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-action-item-title-field"
            label="Title"
            value={title}
            onChange={e => setTitle(e.target.value)}
            required
            fullWidth
            inputProps={{ maxLength: ACTION_ITEM_LIMITS.titleMaxLength }}
          />
        </Grid>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-action-item-entity"
            label="Entity"
            helperText="The catalog entity it belongs to, e.g. component:default/my-service"
            value={entityRef}
            onChange={e => setEntityRef(e.target.value)}
            required
            fullWidth
          />
        </Grid>
        <Grid item xs={12}>
          <SelectField
            id="devex-forum-action-item-owner"
            label="Owner"
            value={owner}
            onChange={setOwner}
            required
            fullWidth
            options={[
              {
                value: '',
                label: owners.loading
                  ? 'Loading users and groups…'
                  : 'Choose a user or group',
                disabled: true,
              },
              ...(owners.value ?? []).map(o => ({
                value: o.ref,
                label: o.label,
              })),
            ]}
          />
        </Grid>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-action-item-due-date"
            label="Due date"
            type="date"
            value={dueDate}
            onChange={e => setDueDate(e.target.value)}
            required
            fullWidth
            InputLabelProps={{ shrink: true }}
          />
        </Grid>
        <Grid item xs={12}>
          <TextField
            id="devex-forum-action-item-description"
            label="Description"
            value={description}
            onChange={e => setDescription(e.target.value)}
            fullWidth
            multiline
            minRows={2}
            inputProps={{
              maxLength: ACTION_ITEM_LIMITS.descriptionMaxLength,
            }}
          />
        </Grid>
      </Grid>
    </RecordingForm>
  );
}

/** A decision or roadmap adjustment that changes no record, in words. */
export function ForumNoteForm(props: ForumFormProps) {
  const api = useApi(devexApiRef);
  const [text, setText] = useState('');
  return (
    <RecordingForm
      id="devex-forum-note-title"
      title="Record note"
      submitLabel="Record note"
      canSubmit={Boolean(text.trim())}
      onSubmit={async () => {
        const output = await api.recordForumNote(props.occurrenceId, {
          step: props.step,
          text: text.trim(),
        });
        setText('');
        props.onRecorded(output);
      }}
    >
      <TextField
        id="devex-forum-note"
        label="Note"
        helperText="A decision or roadmap adjustment that changes no record"
        value={text}
        onChange={e => setText(e.target.value)}
        required
        fullWidth
        multiline
        minRows={2}
        inputProps={{ maxLength: 2000 }}
      />
    </RecordingForm>
  );
}
