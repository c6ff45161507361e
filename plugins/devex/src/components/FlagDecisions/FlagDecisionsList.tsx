import { PlainError } from '../PlainError';
import { Link, Progress } from '@backstage/core-components';
import { formatDateTime, formatDay } from '../dates';
import { PersonLink } from '../PersonLink';
import { FlagDecision } from '@devex-governance/backstage-plugin-devex-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { useFlagDecisions } from '../../hooks/useFlagDecisions';
import { Tone, useToneColors } from '../tones';
import {
  emptyFlagDecision,
  FlagDecisionDraft,
  FlagDecisionFields,
  flagDecisionComplete,
} from './FlagDecisionFields';

/** How a decision stands against its flag service: drift, matching, or not known. */
function liveOf(d: FlagDecision): { label: string; tone: Tone } {
  if (!d.current) return { label: 'Superseded', tone: 'neutral' };
  if (!d.live) return { label: 'Live state not read yet', tone: 'neutral' };
  if (d.live.state === null) {
    return { label: `Live state unknown: ${d.live.error}`, tone: 'caution' };
  }
  return d.drift
    ? { label: `Drift: live ${d.live.state}`, tone: 'bad' }
    : { label: `Live ${d.live.state}, as decided`, tone: 'good' };
}

function DecisionRow(props: { decision: FlagDecision }) {
  const d = props.decision;
  const tones = useToneColors();
  const live = liveOf(d);
  return (
    <ListItem disableGutters divider>
      <ListItemText
        primary={
          <Box
            display="flex"
            flexWrap="wrap"
            alignItems="center"
            style={{ gap: 8 }}
          >
            <span>
              <code>{d.flagKey}</code> in {d.environment}: {d.from} → {d.to}
            </span>
            <Chip
              size="small"
              label={live.label}
              title={
                d.live ? `Read ${formatDateTime(d.live.checkedAt)}` : undefined
              }
              style={{
                backgroundColor: tones.color(live.tone),
                color: tones.contrastText(live.tone),
              }}
            />
          </Box>
        }
        secondary={
          <>
            {d.reason} ·{' '}
            <PersonLink entityRef={d.decidedBy} defaultKind="user" />{' '}
            {formatDay(d.decidedAt)}
            {d.meetingLink && (
              <>
                {' · '}
                <Link to={d.meetingLink}>in the meeting</Link>
              </>
            )}
          </>
        }
        secondaryTypographyProps={{ component: 'div' } as any}
      />
    </ListItem>
  );
}

function RecordFlagDecisionDialog(props: {
  flagKey: string;
  onClose: () => void;
  onSubmit: (draft: FlagDecisionDraft) => Promise<void>;
}) {
  const [draft, setDraft] = useState(emptyFlagDecision(props.flagKey));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  return (
    <Dialog
      open
      onClose={props.onClose}
      aria-labelledby="devex-flag-decision-title"
      fullWidth
    >
      <form
        noValidate
        onSubmit={async e => {
          e.preventDefault();
          if (!flagDecisionComplete(draft) || saving) return;
          setSaving(true);
          setError(undefined);
          try {
            await props.onSubmit({ ...draft, reason: draft.reason.trim() });
          } catch (err) {
            setError((err as Error).message);
          } finally {
            setSaving(false);
          }
        }}
      >
        <DialogTitle id="devex-flag-decision-title">
          Record flag decision
        </DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" role="alert" style={{ marginBottom: 16 }}>
              {error}
            </Alert>
          )}
          <FlagDecisionFields
            idPrefix="devex-flag-decision"
            value={draft}
            onChange={setDraft}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving || !flagDecisionComplete(draft)}
          >
            Record decision
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/**
 * An experiment's feature-flag decisions, loaded when opened: each with who decided, when, in
 * which meeting, and whether the flag service's live state still matches (drift).
 */
export function FlagDecisionsList(props: {
  experimentId: string;
  /** The flag the experiment names as its vehicle, to prefill a new decision. */
  flagKey?: string;
  canRecord: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [recording, setRecording] = useState(false);
  const { value, loading, error, record } = useFlagDecisions(
    props.experimentId,
    open,
  );
  const drifted = value?.filter(d => d.drift).length ?? 0;
  return (
    <Accordion
      expanded={open}
      onChange={(_, expanded) => setOpen(expanded)}
      TransitionProps={{ unmountOnExit: true }}
      variant="outlined"
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={`devex-flags-${props.experimentId}`}
        id={`devex-flags-${props.experimentId}-summary`}
      >
        <Typography variant="subtitle2">
          Feature flag decisions
          {value
            ? ` (${value.length}${drifted ? `, ${drifted} drifted` : ''})`
            : ''}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id={`devex-flags-${props.experimentId}`}>
        <Box width="100%">
          {error && <PlainError error={error} />}
          {loading && !value && <Progress />}
          {value && !value.length && (
            <Typography variant="body2" color="textSecondary">
              No flag decision recorded yet.
            </Typography>
          )}
          {value && value.length > 0 && (
            <List dense aria-label="Feature flag decisions">
              {value.map(d => (
                <DecisionRow key={d.id} decision={d} />
              ))}
            </List>
          )}
          {props.canRecord && (
            <Box mt={1}>
              <Button
                variant="outlined"
                color="primary"
                onClick={() => setRecording(true)}
              >
                Record flag decision
              </Button>
            </Box>
          )}
          {recording && (
            <RecordFlagDecisionDialog
              flagKey={props.flagKey ?? ''}
              onClose={() => setRecording(false)}
              onSubmit={async draft => {
                await record(draft);
                setRecording(false);
              }}
            />
          )}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
