import {
  Progress,
  ResponseErrorPanel,
  InfoCard,
} from '@backstage/core-components';
import { Anomaly } from '@devex-governance/backstage-plugin-devex-common';
import Typography from '@material-ui/core/Typography';
import { useAnomalies } from '../../hooks/useDevexApi';
import { AnomaliesCard } from './AnomaliesCard';

/**
 * The monthly sync's "Surface telemetry anomalies" step: the open anomalies the room looks at,
 * each dismissed with a note into the minutes (or taken up with the action item form beside it).
 */
export function ForumAnomalies(props: {
  reloadKey?: unknown;
  onDismiss: (anomaly: Anomaly, note: string) => Promise<void>;
}) {
  const { value, error, loading, retry } = useAnomalies(props.reloadKey);
  if (error) return <ResponseErrorPanel error={error} />;
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
    <AnomaliesCard
      anomalies={value}
      showEntity
      dismiss={props.onDismiss}
      onDismissed={retry}
    />
  );
}
