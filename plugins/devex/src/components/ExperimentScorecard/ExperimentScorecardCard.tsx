import { InfoCard } from '@backstage/core-components';
import { formatDay } from '../dates';
import { labelOf } from '../labels';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  devexExperimentTransitionPermission,
  ExperimentScorecard,
  legalNextStatuses,
  TransitionExperimentRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { ChangeStatusDialog } from '../ChangeStatusDialog';
import {} from '../scorecardPresentation';
import { scorecardTones, useToneColors } from '../tones';
import { ExperimentHistory } from './ExperimentHistory';
import { MetricRows } from './MetricRows';
import { FollowableLink } from '../FollowableLink';
import { FlagDecisionsList } from '../FlagDecisions';

/** One experiment's scorecard: status, hypothesis, metrics, decision, history and status changes. */
export function ExperimentScorecardCard(props: {
  scorecard: ExperimentScorecard;
  /** Absent, the card offers no status change (e.g. in a forum, where decisions are recorded). */
  onTransition?: (
    id: string,
    request: TransitionExperimentRequest,
  ) => Promise<void>;
}) {
  const { experiment, metrics, history, status } = props.scorecard;
  const [changing, setChanging] = useState(false);
  const canTransition = usePermission({
    permission: devexExperimentTransitionPermission,
    resourceRef: experiment.id,
  }).allowed;
  const movable = legalNextStatuses(experiment.status).length > 0;
  const tones = useToneColors();
  const tone = scorecardTones[status];

  return (
    <InfoCard
      title={
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 8 }}
        >
          <span>
            {experiment.key} · {experiment.title}
          </span>
          <Chip
            size="small"
            label={labelOf(experiment.status)}
            data-testid="experiment-status"
          />
          <Chip
            size="small"
            label={labelOf(status)}
            style={{
              backgroundColor: tones.color(tone),
              color: tones.contrastText(tone),
            }}
          />
        </Box>
      }
      subheader={
        <>
          Owner{' '}
          <EntityRefLink entityRef={experiment.owner} defaultKind="group" />
          {experiment.vehicle &&
            // a no-break space: a plain one after the inline-flex link collapses
            `\u00a0· via ${
              experiment.vehicle.type === 'feature_flag'
                ? 'feature flag'
                : 'IDP template'
            } ${experiment.vehicle.ref}`}
          {experiment.kickoffDate &&
            ` · kick-off ${formatDay(experiment.kickoffDate)}`}
          {experiment.pilotDate &&
            ` · pilot ${formatDay(experiment.pilotDate)}`}
        </>
      }
      action={
        props.onTransition && canTransition && movable ? (
          <Box mt={1} mr={1}>
            <Button
              variant="outlined"
              color="primary"
              onClick={() => setChanging(true)}
            >
              Change status
            </Button>
          </Box>
        ) : undefined
      }
    >
      <Typography variant="body1" gutterBottom>
        {experiment.hypothesis}
      </Typography>
      {experiment.design && (
        <Typography variant="body2" color="textSecondary" gutterBottom>
          {experiment.design}
        </Typography>
      )}
      {experiment.decision && (
        <Typography variant="subtitle2" gutterBottom>
          Decision: {labelOf(experiment.decision)}
        </Typography>
      )}
      <MetricRows metrics={metrics} />
      {experiment.links.length > 0 && (
        <Box mt={1} display="flex" style={{ gap: 16 }}>
          {experiment.links.map(link => (
            <FollowableLink key={link.url} url={link.url}>
              {link.title ?? link.type}
            </FollowableLink>
          ))}
        </Box>
      )}
      <Box mt={2}>
        <Typography variant="subtitle2">History</Typography>
        <ExperimentHistory history={history} />
      </Box>
      {experiment.vehicle?.type === 'feature_flag' && (
        <Box mt={2}>
          <FlagDecisionsList
            experimentId={experiment.id}
            flagKey={experiment.vehicle.ref}
            canRecord={canTransition}
          />
        </Box>
      )}
      {changing && (
        <ChangeStatusDialog
          experiment={experiment}
          onClose={() => setChanging(false)}
          onSubmit={async request => {
            await props.onTransition?.(experiment.id, request);
            setChanging(false);
          }}
        />
      )}
    </InfoCard>
  );
}
