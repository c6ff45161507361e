import { RecordFlagDecisionRequest } from '@devex-governance/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import { DraftField } from '../DraftField';

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
  const set = (key: keyof FlagDecisionDraft, text: string) =>
    onChange({ ...value, [key]: text });
  const field = { idPrefix, draft: value, onChange: set };
  const stateError = (s: string) =>
    s && !STATE.test(s) ? 'on, off or a percentage such as 25%' : undefined;
  const stateHelp = (s: string) => ({
    error: Boolean(stateError(s)),
    helperText: stateError(s) ?? 'on, off or a percentage',
  });
  return (
    <Grid container spacing={2}>
      <DraftField
        {...field}
        field="flagKey"
        name="flag"
        label="Feature flag"
        sm={6}
      />
      <DraftField {...field} field="environment" label="Environment" sm={6} />
      <DraftField
        {...field}
        field="from"
        label="From state"
        xs={6}
        {...stateHelp(value.from)}
      />
      <DraftField
        {...field}
        field="to"
        label="To state"
        xs={6}
        {...stateHelp(value.to)}
      />
      <DraftField
        {...field}
        field="reason"
        label="Reason"
        multiline
        maxLength={2000}
      />
    </Grid>
  );
}
