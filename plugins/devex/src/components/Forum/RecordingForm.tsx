import { useSubmission } from '../../hooks/useSubmission';
import { InfoCard } from '@backstage/core-components';
import { labelOf } from '../labels';
import {
  Experiment,
  ForumOutput,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import { SubmitButton } from '../SubmitButton';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, ReactNode } from 'react';

/** What every recording form is told: where it records, and whom to tell. */
export interface ForumFormProps {
  occurrenceId: string;
  step: string;
  /** The forum's version: the lists a form picks from reload when it changes. */
  reloadKey?: unknown;
  onRecorded: (output: ForumOutput) => void;
}

/** A labelled form with its error and submit button; `run` records and reports. */
export function RecordingForm(props: {
  id: string;
  title: string;
  submitLabel: string;
  /** What the form still needs before it can be recorded (none: it can). */
  missing: string[];
  onSubmit: () => Promise<void>;
  children: ReactNode;
}) {
  const { busy: saving, error, submit: send } = useSubmission();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (props.missing.length || saving) return;
    await send(props.onSubmit);
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
          <SubmitButton
            label={props.submitLabel}
            missing={props.missing}
            busy={saving}
          />
        </Box>
      </form>
    </InfoCard>
  );
}

/** An experiment picker's options: a prompt, then each experiment with its status. */
export function experimentOptions(experiments: Experiment[], loading: boolean) {
  return [
    {
      value: '',
      label: loading ? 'Loading experiments…' : 'Choose an experiment',
      disabled: true,
    },
    ...experiments.map(e => ({
      value: e.id,
      label: `${e.key} · ${e.title} (${labelOf(e.status)})`,
    })),
  ];
}
