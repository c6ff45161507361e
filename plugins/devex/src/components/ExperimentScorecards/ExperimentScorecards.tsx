import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ExperimentStatus,
  EXPERIMENT_STATUSES,
} from '@internal/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { devexApiRef, ScorecardQuery } from '../../api';
import { useScorecards } from '../../hooks/useScorecards';
import { ExperimentScorecardCard } from '../ExperimentScorecard';
import { experimentStatusLabels } from '../scorecardPresentation';

/** Scorecards for a query, one card each; on the page, grouped by experiment status. */
export function ExperimentScorecards(props: {
  query: ScorecardQuery;
  groupByStatus?: boolean;
}) {
  const api = useApi(devexApiRef);
  const {
    value: scorecards,
    loading,
    error,
    retry,
  } = useScorecards(props.query);

  if (error) return <ResponseErrorPanel error={error} />;
  if (loading && !scorecards) return <Progress />;
  if (!scorecards?.length) {
    return (
      <EmptyState
        missing="data"
        title="No experiments"
        description="Experiments that concern this entity show here as scorecards."
      />
    );
  }

  const onTransition = async (
    id: string,
    request: Parameters<typeof api.transitionExperiment>[1],
  ) => {
    await api.transitionExperiment(id, request);
    retry();
  };
  const cards = (list: typeof scorecards) =>
    list.map(scorecard => (
      <Grid item xs={12} key={scorecard.experiment.id}>
        <ExperimentScorecardCard
          scorecard={scorecard}
          onTransition={onTransition}
        />
      </Grid>
    ));

  if (!props.groupByStatus) {
    return (
      <Grid container spacing={2}>
        {cards(scorecards)}
      </Grid>
    );
  }
  return (
    <Grid container spacing={2}>
      {EXPERIMENT_STATUSES.map((status: ExperimentStatus) => {
        const group = scorecards.filter(s => s.experiment.status === status);
        return group.length ? (
          <Grid
            item
            xs={12}
            key={status}
            component="section"
            aria-label={experimentStatusLabels[status]}
          >
            <Typography variant="h6" gutterBottom>
              {experimentStatusLabels[status]} ({group.length})
            </Typography>
            <Grid container spacing={2}>
              {cards(group)}
            </Grid>
          </Grid>
        ) : null;
      })}
    </Grid>
  );
}
