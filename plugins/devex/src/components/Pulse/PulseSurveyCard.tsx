import { PlainError } from '../PlainError';
import { SubmitButton } from '../SubmitButton';
import { formatDay } from '../dates';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { PulseCampaign } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useCurrentPulse, usePulseResults } from '../../hooks/useDevexApi';
import { PulseTrend } from './PulseTrend';

/** Why the scores are not shown, in the words a participant needs to trust the survey. */
const hiddenReasons: Record<
  'campaign-open' | 'too-few-responses' | 'suppressed',
  (k: number, published: string) => string
> = {
  'campaign-open': (_k, published) =>
    `Your answer is recorded anonymously. Results are published on ${published}, after the campaign closes, so no single answer can be read from a change in the scores.`,
  'too-few-responses': k =>
    `Fewer than ${k} people answered, so no scores are shown and no answer can be singled out.`,
  suppressed: k =>
    `This group's scores are withheld so that no comparison of published figures covers fewer than ${k} people.`,
};

function PulseResultsView(props: { campaign: PulseCampaign }) {
  const { value, error } = usePulseResults(props.campaign.id);
  if (error) return <PlainError error={error} />;
  if (!value) return <Progress />;
  if (value.hidden) {
    const published = formatDay(value.publishedAt);
    return (
      <Typography variant="body2" data-testid="pulse-hidden">
        {hiddenReasons[value.hiddenReason ?? 'too-few-responses'](
          value.minResponses,
          published,
        )}
      </Typography>
    );
  }
  return (
    <Box>
      <Typography variant="body2">
        {value.responses} responses
        {value.responseRate !== null
          ? ` (${Math.round(value.responseRate * 100)}% of the portal's users)`
          : ''}{' '}
        · satisfaction <strong>{value.satisfaction?.toFixed(2)} / 5</strong>
      </Typography>
      <ul style={{ margin: '8px 0', paddingLeft: 20 }}>
        {value.questions.map(q => (
          <li key={q.id}>
            <Typography variant="body2">
              {q.text}: {q.mean.toFixed(2)} ·{' '}
              {Math.round(q.shareAtOrBelow2 * 100)}% at 2 or lower
              {q.shareAtOrBelow2 > 0.1 && ' (above the 10% guideline)'}
            </Typography>
          </li>
        ))}
      </ul>
      {value.freeText && value.freeText.length > 0 && (
        <Typography variant="caption" component="div">
          Free text: {value.freeText.join(' · ')}
        </Typography>
      )}
    </Box>
  );
}

/** The words at the ends of the Likert scale. */
const likertEnds: Record<number, string> = { 1: ' disagree', 5: ' agree' };

/** The open pulse campaign: its questions until the user has answered, then the (thresholded) results. */
export function PulseSurveyCard() {
  const api = useApi(devexApiRef);
  const { value, error, loading, retry } = useCurrentPulse();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [freeText, setFreeText] = useState('');
  const [submitError, setSubmitError] = useState<string>();

  if (error) return <PlainError error={error} />;
  if (loading && !value) return <Progress />;
  const campaign = value?.campaign;
  if (!campaign) {
    return (
      <InfoCard title="DevEx pulse survey">
        <Typography variant="body2">
          No pulse campaign is open; the next opens with the monthly
          pulse-survey date.
        </Typography>
        <PulseTrend />
      </InfoCard>
    );
  }
  const likert = campaign.questions.filter(q => q.kind === 'likert');
  const freeQuestion = campaign.questions.find(q => q.kind === 'free_text');
  const complete = likert.every(q => answers[q.id]);

  return (
    <InfoCard
      title={campaign.title}
      subheader={`Anonymous: your answers are stored without your name · open until ${formatDay(
        campaign.closesAt,
      )}`}
    >
      {value!.answered ? (
        <>
          <Alert severity="success" style={{ marginBottom: 8 }}>
            Thank you, your answer is counted.
          </Alert>
          <PulseResultsView campaign={campaign} />
          <PulseTrend />
        </>
      ) : (
        <form
          aria-label="Pulse survey"
          onSubmit={e => {
            e.preventDefault();
            setSubmitError(undefined);
            api
              .answerPulse(campaign.id, {
                answers,
                freeText: freeText || undefined,
              })
              .then(retry, err => setSubmitError((err as Error).message));
          }}
        >
          {submitError && <Alert severity="error">{submitError}</Alert>}
          {likert.map(q => (
            <FormControl
              key={q.id}
              component="fieldset"
              style={{ display: 'block', marginBottom: 12 }}
            >
              <FormLabel component="legend">
                {q.text}{' '}
                {q.dimension && (
                  <Typography variant="caption">({q.dimension})</Typography>
                )}
              </FormLabel>
              <RadioGroup
                row
                aria-label={q.text}
                value={answers[q.id] ? String(answers[q.id]) : ''}
                onChange={e =>
                  setAnswers(a => ({ ...a, [q.id]: Number(e.target.value) }))
                }
              >
                {[1, 2, 3, 4, 5].map(n => (
                  <FormControlLabel
                    key={n}
                    value={String(n)}
                    control={<Radio size="small" />}
                    label={`${n}${likertEnds[n] ?? ''}`}
                  />
                ))}
              </RadioGroup>
            </FormControl>
          ))}
          {freeQuestion && (
            <TextField
              id="devex-pulse-free-text"
              label={freeQuestion.text}
              value={freeText}
              onChange={e => setFreeText(e.target.value)}
              fullWidth
              multiline
              minRows={2}
              inputProps={{ maxLength: 2000 }}
            />
          )}
          <Box mt={2}>
            <SubmitButton
              label="Send answers"
              missing={
                complete
                  ? []
                  : [
                      `an answer to every rated question (${
                        likert.filter(q => !answers[q.id]).length
                      } of ${likert.length} left)`,
                    ]
              }
            />
          </Box>
        </form>
      )}
    </InfoCard>
  );
}
