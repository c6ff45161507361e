import { PlainError } from '../PlainError';
import { Progress, InfoCard } from '@backstage/core-components';
import {
  Anomaly,
  CreateActionItemRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import { useState } from 'react';
import { ActionItemDialog } from '../ActionItemDialog';
import Typography from '@material-ui/core/Typography';
import { useAnomalies } from '../../hooks/useDevexApi';
import { AnomaliesCard } from './AnomaliesCard';

/**
 * The monthly sync's "Surface telemetry anomalies" step: the open anomalies the room looks at,
 * each dismissed with a note into the minutes or taken up as an action item.
 */
export function ForumAnomalies(props: {
  reloadKey?: unknown;
  onDismiss: (anomaly: Anomaly, note: string) => Promise<void>;
  /** Records the action item that takes an anomaly up (as a forum output). */
  onTakeUp: (anomaly: Anomaly, item: CreateActionItemRequest) => Promise<void>;
}) {
  const { value, error, loading, retry } = useAnomalies(props.reloadKey);
  const [takingUp, setTakingUp] = useState<Anomaly>();
  if (error) return <PlainError error={error} />;
  if (loading && !value) return <Progress />;
  if (!value?.length) {
    return (
      <InfoCard title="Telemetry anomalies">
        <Typography variant="body2">
          No measurement series is beyond its own baseline this week.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <>
      <AnomaliesCard
        anomalies={value}
        showEntity
        dismiss={props.onDismiss}
        onDismissed={retry}
        onTakeUp={setTakingUp}
      />
      {takingUp && (
        <ActionItemDialog
          open
          entityRef={takingUp.entityRef ?? undefined}
          defaults={{
            title: `Look into ${takingUp.metricName}`,
            description: takingUp.explanation,
          }}
          onClose={() => setTakingUp(undefined)}
          onSubmit={async values => {
            await props.onTakeUp(takingUp, values);
            setTakingUp(undefined);
            retry();
          }}
        />
      )}
    </>
  );
}
