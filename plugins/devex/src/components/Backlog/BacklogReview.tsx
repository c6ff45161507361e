import { labelOf } from '../labels';
import { PlainError } from '../PlainError';
import { formatDateTime, formatDay } from '../dates';
import { InfoCard, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { PersonLink } from '../PersonLink';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  BacklogItem,
  devexBacklogWritePermission,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import IconButton from '@material-ui/core/IconButton';
import Switch from '@material-ui/core/Switch';
import { ReadableTable, WholeValue } from '../ReadableTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useBacklog } from '../../hooks/useDevexApi';
import { HighlightableRow } from '../HighlightableRow';
import { TextDialog } from '../TextDialog';

export interface BacklogReviewProps {
  entityRef?: string;
  title?: string;
  /** The item a link landed on (`?backlogItem=<id>`). */
  highlightId?: string;
  /** Opens in review mode (the forum's backlog step). */
  initialReviewing?: boolean;
  /** Records a move elsewhere than the plain reorder (e.g. as a forum output). */
  onMove?: (item: BacklogItem, toRank: number, note: string) => Promise<void>;
  /** Reloads when it changes. */
  reloadKey?: unknown;
}

/**
 * The IDP backlog by rank. Review mode (for the forum) moves items up and down with the
 * keyboard-reachable arrow buttons, each move recorded with the note given for it.
 */
export function BacklogReview(props: BacklogReviewProps) {
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const { value, loading, error, retry } = useBacklog(
    props.entityRef,
    props.reloadKey,
  );
  const canWrite = usePermission({
    permission: devexBacklogWritePermission,
  }).allowed;
  const [reviewing, setReviewing] = useState(props.initialReviewing ?? false);
  const [note, setNote] = useState('');
  const [deciding, setDeciding] = useState<BacklogItem>();
  const [busy, setBusy] = useState(false);

  const move = async (item: BacklogItem, toRank: number) => {
    setBusy(true);
    try {
      if (props.onMove) {
        await props.onMove(item, toRank, note);
      } else {
        await api.reorderBacklog({
          itemId: item.id,
          toRank,
          version: item.version,
          note,
        });
      }
    } catch (e) {
      alertApi.post({
        message: (e as Error).message,
        severity: 'error',
        display: 'transient',
      });
    } finally {
      setBusy(false);
      retry();
    }
  };

  if (error) return <PlainError error={error} />;
  if (!value) return loading ? <Progress /> : null;
  const { items, history } = value;

  return (
    <InfoCard
      title={props.title ?? 'IDP backlog'}
      action={
        canWrite ? (
          <Box mt={1} mr={1}>
            <FormControlLabel
              control={
                <Switch
                  checked={reviewing}
                  onChange={e => setReviewing(e.target.checked)}
                />
              }
              label="Review mode"
            />
          </Box>
        ) : undefined
      }
    >
      {reviewing && (
        <TextField
          id="devex-backlog-note"
          label="Why this reprioritisation"
          helperText="Recorded with every move you make"
          value={note}
          onChange={e => setNote(e.target.value)}
          fullWidth
          required
          style={{ marginBottom: 16 }}
        />
      )}
      <ReadableTable size="small" aria-label="IDP backlog">
        <TableHead>
          <TableRow>
            <TableCell>Rank</TableCell>
            <TableCell>Initiative</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Horizon</TableCell>
            <TableCell>Effort</TableCell>
            <TableCell>Target</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Decision</TableCell>
            {reviewing && <TableCell>Move</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item, index) => (
            <HighlightableRow
              testId="backlog-row"
              key={item.id}
              highlighted={item.id === props.highlightId}
            >
              <TableCell>{item.rank}</TableCell>
              <TableCell>
                <Typography variant="body2" style={{ fontWeight: 500 }}>
                  {item.initiative}
                </Typography>
                {item.dependencies.length > 0 && (
                  <Typography variant="caption" color="textSecondary">
                    Depends on: {item.dependencies.join(', ')}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <PersonLink entityRef={item.owner} defaultKind="group" />
              </TableCell>
              <TableCell>{item.horizon} days</TableCell>
              <TableCell>{item.effort}</TableCell>
              <TableCell>
                <WholeValue>
                  {item.targetDate ? formatDay(item.targetDate) : '—'}
                </WholeValue>
              </TableCell>
              <TableCell>{labelOf(item.status)}</TableCell>
              <TableCell>
                {item.decision ?? '—'}
                {canWrite && reviewing && (
                  <Button
                    size="small"
                    onClick={() => setDeciding(item)}
                    aria-label={`Decide on ${item.initiative}`}
                  >
                    Decide
                  </Button>
                )}
              </TableCell>
              {reviewing && (
                <TableCell>
                  {/* Moves take the neighbour's rank, so they work on one entity's slice of the ranking too. */}
                  <IconButton
                    size="small"
                    aria-label={`Move ${item.initiative} up`}
                    disabled={busy || !note.trim() || index === 0}
                    onClick={() => move(item, items[index - 1].rank)}
                  >
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton
                    size="small"
                    aria-label={`Move ${item.initiative} down`}
                    disabled={
                      busy || !note.trim() || index === items.length - 1
                    }
                    onClick={() => move(item, items[index + 1].rank)}
                  >
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              )}
            </HighlightableRow>
          ))}
        </TableBody>
      </ReadableTable>
      <Box mt={2}>
        <Typography variant="subtitle2">Reprioritisation history</Typography>
        {history.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No reprioritisations yet.
          </Typography>
        ) : (
          <ul
            aria-label="Reprioritisation history"
            style={{ margin: 0, paddingLeft: 20 }}
          >
            {history.slice(0, 10).map(h => (
              <li key={h.id}>
                <Typography variant="body2">
                  {h.initiative}: rank {h.oldRank} → {h.newRank} — {h.note} (
                  <PersonLink
                    entityRef={h.changedBy}
                    defaultKind="user"
                  />, {formatDateTime(h.changedAt)})
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </Box>
      {deciding && (
        <TextDialog
          title={`Decision on ${deciding.initiative}`}
          fields={[
            { label: 'Decision', initial: deciding.decision ?? '' },
            {
              label: 'Note',
              initial: deciding.decisionNote ?? '',
              multiline: true,
            },
          ]}
          submitLabel="Record decision"
          onClose={() => setDeciding(undefined)}
          onSubmit={async ([decision, decisionNote]) => {
            await api.updateBacklogItem(deciding.id, {
              version: deciding.version,
              decision,
              decisionNote,
            });
            setDeciding(undefined);
            retry();
          }}
        />
      )}
    </InfoCard>
  );
}
