import { InfoCard } from '@backstage/core-components';
import { formatDay } from '../dates';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Anomaly,
  devexOccurrenceRecordPermission,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { TextDialog } from '../TextDialog';
import { useToneColors } from '../tones';

/**
 * The open telemetry anomalies: each series whose week (or latest value) lies beyond its own
 * eight-week baseline the bad way, in the sentence that explains it; those who record the forum's
 * outcomes dismiss one with a note.
 */
export function AnomaliesCard(props: {
  anomalies: Anomaly[];
  /** Name each anomaly's entity (on the page; the tab is one entity's). */
  showEntity: boolean;
  onDismissed: () => void;
  /** How a dismissal is recorded; by default through the anomalies API (forum mode records it as an output). */
  dismiss?: (anomaly: Anomaly, note: string) => Promise<unknown>;
  /** Takes one up as an action item (forum mode); absent, no such button. */
  onTakeUp?: (anomaly: Anomaly) => void;
}) {
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const tones = useToneColors();
  const canDismiss = usePermission({
    permission: devexOccurrenceRecordPermission,
  }).allowed;
  const [dismissing, setDismissing] = useState<Anomaly>();
  return (
    <InfoCard
      title="Telemetry anomalies"
      subheader="Measurement series beyond their own 8-week baseline, the bad way"
    >
      {props.anomalies.map(a => (
        <Box
          key={a.id}
          component="article"
          aria-label={a.explanation}
          mb={1.5}
          pl={1.5}
          borderLeft={`4px solid ${tones.color('warning')}`}
          data-testid="anomaly"
        >
          <Typography variant="body2">{a.explanation}</Typography>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            {props.showEntity &&
              (a.entityRef ? (
                <EntityRefLink entityRef={a.entityRef} />
              ) : (
                <Typography variant="caption">the portal</Typography>
              ))}
            <Typography variant="caption" color="textSecondary">
              {a.metricKey} · week to {formatDay(a.windowTo)}
            </Typography>
            {canDismiss && (
              <Button size="small" onClick={() => setDismissing(a)}>
                Dismiss
              </Button>
            )}
            {canDismiss && props.onTakeUp && (
              <Button
                size="small"
                color="primary"
                onClick={() => props.onTakeUp!(a)}
              >
                Take up
              </Button>
            )}
          </Box>
        </Box>
      ))}
      {dismissing && (
        <TextDialog
          title="Dismiss the anomaly"
          text={dismissing.explanation}
          fields={[{ label: 'Why it needs no action', multiline: true }]}
          submitLabel="Dismiss"
          onClose={() => setDismissing(undefined)}
          onSubmit={async ([note]) => {
            const dismiss =
              props.dismiss ??
              ((a: Anomaly, n: string) => api.dismissAnomaly(a.id, n));
            await dismiss(dismissing, note).catch(e => {
              alertApi.post({
                message: (e as Error).message,
                severity: 'error',
                display: 'transient',
              });
              throw e;
            });
            setDismissing(undefined);
            props.onDismissed();
          }}
        />
      )}
    </InfoCard>
  );
}
