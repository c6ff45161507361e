import { RecordFlagDecisionRequest } from '@devex-governance/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';

/** The fields of a flag decision, as a form edits them. */
export type FlagDecisionDraft = RecordFlagDecisionRequest;

export const emptyFlagDecision = (flagKey = ''): FlagDecisionDraft => ({
  flagKey,
  environment: 'production',
  from: 'off',
  to: 'on',
  reason: '',
});

const STATE = /^(on|off|[1-9][0-9]?%)$/;

/** Whether the draft can be sent: every field filled, states valid and different. */
export function flagDecisionComplete(d: FlagDecisionDraft): boolean {
  return Boolean(
    d.flagKey.trim() &&
      d.environment.trim() &&
      STATE.test(d.from) &&
      STATE.test(d.to) &&
      d.from !== d.to &&
      d.reason.trim(),
  );
}

/** Flag, environment, from and to state (on, off or a percentage) and the reason. */
export function FlagDecisionFields(props: {
  idPrefix: string;
  value: FlagDecisionDraft;
  onChange: (value: FlagDecisionDraft) => void;
}) {
  const { value, onChange, idPrefix } = props;
  const set =
    (key: keyof FlagDecisionDraft) => (e: { target: { value: string } }) =>
      onChange({ ...value, [key]: e.target.value });
  const stateError = (s: string) =>
    s && !STATE.test(s) ? 'on, off or a percentage such as 25%' : undefined;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6}>
        <TextField
          id={`${idPrefix}-flag`}
          label="Feature flag"
          value={value.flagKey}
          onChange={set('flagKey')}
          required
          fullWidth
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <TextField
          id={`${idPrefix}-environment`}
          label="Environment"
          value={value.environment}
          onChange={set('environment')}
          required
          fullWidth
        />
      </Grid>
      <Grid item xs={6}>
        <TextField
          id={`${idPrefix}-from`}
          label="From state"
          value={value.from}
          onChange={set('from')}
          error={Boolean(stateError(value.from))}
          helperText={stateError(value.from) ?? 'on, off or a percentage'}
          required
          fullWidth
        />
      </Grid>
      <Grid item xs={6}>
        <TextField
          id={`${idPrefix}-to`}
          label="To state"
          value={value.to}
          onChange={set('to')}
          error={Boolean(stateError(value.to))}
          helperText={stateError(value.to) ?? 'on, off or a percentage'}
          required
          fullWidth
        />
      </Grid>
      <Grid item xs={12}>
        <TextField
          id={`${idPrefix}-reason`}
          label="Reason"
          value={value.reason}
          onChange={set('reason')}
          required
          fullWidth
          multiline
          minRows={2}
          inputProps={{ maxLength: 2000 }}
        />
      </Grid>
    </Grid>
  );
}
