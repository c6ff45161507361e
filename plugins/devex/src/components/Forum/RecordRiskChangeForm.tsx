import { missingOf } from '../SubmitButton';
import { ForumFormProps, RecordingForm } from './RecordingForm';
import { labelOf } from '../labels';
import { useApi } from '@backstage/core-plugin-api';
import {
  RISK_STATUSES,
  RiskStatus,
} from '@devex-governance/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useRisks } from '../../hooks/useDevexApi';
import { SelectField } from '../SelectField';

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
      missing={missingOf([
        ['a risk', risk],
        ['a change', Object.keys(change).length > 0],
      ])}
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
                label: `${r.key} · ${r.title} (${r.impact}×${
                  r.likelihood
                }, ${labelOf(r.status)})`,
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
                label: labelOf(s),
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
