import { PlainError } from '../PlainError';
import { formatDay } from '../dates';
import { InfoCard, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  devexSyncRunPermission,
  SyncRatio,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { ReadableTable } from '../ReadableTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { devexApiRef } from '../../api';
import { useSyncOverview, useSyncPortfolio } from '../../hooks/useDevexApi';
import { Sparkline } from '../Sparkline';
import { SyncDrillDown } from './SyncDrillDown';
import { useToneColors } from '../tones';

const pct = (r: number | null) =>
  r === null ? '—' : `${Math.round(r * 100)}%`;

/** The ratio as a bar with the target line, readable without colour. */
export function RatioBar(props: { ratio: SyncRatio; label: string }) {
  const { ratio } = props;
  const value = (ratio.ratio ?? 0) * 100;
  const tones = useToneColors();
  return (
    <Box
      position="relative"
      height={14}
      bgcolor="rgba(128,128,128,0.25)"
      borderRadius={4}
      aria-label={props.label}
      role="meter"
      aria-valuenow={Math.round(value)}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <Box
        position="absolute"
        left={0}
        top={0}
        bottom={0}
        width={`${value}%`}
        bgcolor={tones.color(ratio.meetsTarget ? 'good' : 'warning')}
        borderRadius={4}
      />
      <Box
        position="absolute"
        top={-3}
        bottom={-3}
        left={`${ratio.target * 100}%`}
        width={2}
        bgcolor="text.primary"
        title={`Target ${pct(ratio.target)}`}
      />
    </Box>
  );
}

/** The remediation-to-evidence sync ratio for an entity (or group, or the portal), its trend and the drill-down. */
export function SyncRatioCard(props: {
  entityRef?: string;
  group?: string;
  title?: string;
  /** Changes when waivers changed elsewhere (the waivers card), to reload. */
  reloadKey?: unknown;
  /** A waiver was requested from the drill-down. */
  onWaiverChange?: () => void;
}) {
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const { value, error, loading, retry } = useSyncOverview({
    entityRef: props.entityRef,
    group: props.group,
    reloadKey: props.reloadKey,
  });
  const canRun = usePermission({ permission: devexSyncRunPermission }).allowed;

  if (error) return <PlainError error={error} />;
  if (!value) return loading ? <Progress /> : null;
  const { ratio, history, notSyncedAutomatically, fileErrors, conflicts } =
    value;
  const series = history
    .filter(h => h.ratio !== null)
    .map(h => ({ value: h.ratio! * 100, measuredAt: h.finishedAt }));

  return (
    <InfoCard
      title={props.title ?? 'Evidence sync'}
      subheader="Remediation items synced automatically to the compliance evidence catalog"
      action={
        canRun ? (
          <Box mt={1} mr={1}>
            <Button
              variant="outlined"
              onClick={() =>
                api.triggerSync().then(
                  () => {
                    alertApi.post({
                      message: 'Sync started',
                      severity: 'info',
                      display: 'transient',
                    });
                    setTimeout(retry, 3000);
                  },
                  e =>
                    alertApi.post({
                      message: (e as Error).message,
                      severity: 'error',
                      display: 'transient',
                    }),
                )
              }
            >
              Sync now
            </Button>
          </Box>
        ) : undefined
      }
    >
      {fileErrors.map(f => (
        <Alert key={f.entityRef} severity="error" style={{ marginBottom: 8 }}>
          Backlog file of <EntityRefLink entityRef={f.entityRef} /> not read (
          {f.readAt.slice(0, 16).replace('T', ' ')}): {f.error}
        </Alert>
      ))}
      {conflicts.map(c => (
        <Alert
          key={`${c.id}:${c.claimedBy}`}
          severity="warning"
          style={{ marginBottom: 8 }}
          data-testid="sync-conflict"
        >
          {c.id} is claimed by {c.claimedBy} (
          <EntityRefLink entityRef={c.claimantEntityRef} />) but held by{' '}
          {c.heldBy} (<EntityRefLink entityRef={c.holderEntityRef} />
          ); nothing of the holder's item was changed. Since{' '}
          {formatDay(c.firstSeenAt)}.
        </Alert>
      ))}
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 24 }}
        mb={2}
      >
        <Box>
          <Typography variant="h4" component="p" data-testid="sync-ratio">
            {pct(ratio.ratio)}
          </Typography>
          <Typography variant="caption" component="p">
            {ratio.syncedAutomatically} of{' '}
            {ratio.waivedCounted ? ratio.total : ratio.total - ratio.waived}{' '}
            synced automatically · target {pct(ratio.target)}
          </Typography>
          {ratio.waived > 0 && (
            <Typography
              variant="caption"
              component="p"
              data-testid="sync-waived"
            >
              {ratio.waived} waived{' '}
              {ratio.waivedCounted
                ? '(counted as not synced)'
                : '(left out of the ratio)'}
            </Typography>
          )}
        </Box>
        <Box flexGrow={1} minWidth={200}>
          <RatioBar
            ratio={ratio}
            label="Synced automatically against the target"
          />
        </Box>
        <Box>
          <Sparkline
            series={series}
            target={ratio.target * 100}
            label="Portal-wide ratio over the last runs"
            format={v => `${Math.round(v)}%`}
            width={140}
            height={32}
          />
        </Box>
      </Box>
      {notSyncedAutomatically.length > 0 && (
        <SyncDrillDown
          items={notSyncedAutomatically}
          onWaiverChange={() => {
            retry();
            props.onWaiverChange?.();
          }}
        />
      )}
    </InfoCard>
  );
}

/** The ratio per owner group, for the page. */
export function SyncPortfolio() {
  const { value, error } = useSyncPortfolio();
  if (error) return <PlainError error={error} />;
  if (!value) return <Progress />;
  return (
    <InfoCard title="Evidence sync by owner group">
      <ReadableTable size="small" aria-label="Sync ratio by owner group">
        <TableBody>
          {value.groups.map(g => (
            <TableRow
              key={g.scope.type === 'group' ? g.scope.groupRef : 'portal'}
            >
              <TableCell style={{ width: 220 }}>
                {g.scope.type === 'group' && (
                  <EntityRefLink
                    entityRef={g.scope.groupRef}
                    defaultKind="group"
                  />
                )}
              </TableCell>
              <TableCell style={{ width: 120 }}>
                {pct(g.ratio)} ({g.syncedAutomatically}/{g.total})
              </TableCell>
              <TableCell>
                <RatioBar
                  ratio={g}
                  label={`Synced automatically for ${
                    g.scope.type === 'group' ? g.scope.groupRef : 'the portal'
                  }`}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ReadableTable>
    </InfoCard>
  );
}
