import { PlainError } from '../PlainError';
import { EmptyState, Progress } from '@backstage/core-components';
import { labelOf } from '../labels';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import {
  ExperimentStatus,
  EXPERIMENT_STATUSES,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { devexApiRef, ScorecardQuery } from '../../api';
import { useScrollIntoView } from '../../hooks/useHighlightedRecord';
import { useScorecards } from '../../hooks/useScorecards';
import { ExperimentScorecardCard } from '../ExperimentScorecard';

/** One card's place in the grid, outlined and scrolled into view when a link landed on it. */
function ScorecardItem(props: { highlighted: boolean; children: ReactNode }) {
  const theme = useTheme();
  const ref = useScrollIntoView<HTMLDivElement>(props.highlighted);
  return (
    <Grid
      item
      xs={12}
      ref={ref}
      aria-current={props.highlighted ? 'true' : undefined}
      data-testid={props.highlighted ? 'highlighted-experiment' : undefined}
      style={
        props.highlighted
          ? {
              outline: `3px solid ${theme.palette.primary.main}`,
              outlineOffset: -4,
            }
          : undefined
      }
    >
      {props.children}
    </Grid>
  );
}

/** Scorecards for a query, one card each; on the page, grouped by experiment status. */
export function ExperimentScorecards(props: {
  query: ScorecardQuery;
  groupByStatus?: boolean;
  /** The experiment a link landed on (`?experiment=<id>`). */
  highlightId?: string;
  /** No status changes from the cards (a forum records decisions instead). */
  readOnly?: boolean;
  /** Reloads when it changes. */
  reloadKey?: unknown;
}) {
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const {
    items: scorecards,
    loading,
    error,
    retry,
    hasMore,
    loadMore,
  } = useScorecards(props.query, props.reloadKey);

  if (error) return <PlainError error={error} />;
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
      <ScorecardItem
        key={scorecard.experiment.id}
        highlighted={scorecard.experiment.id === props.highlightId}
      >
        <ExperimentScorecardCard
          scorecard={scorecard}
          onTransition={props.readOnly ? undefined : onTransition}
        />
      </ScorecardItem>
    ));

  // the next page of scorecards, through the keyset cursor
  const showMore = hasMore && (
    <Grid item xs={12}>
      <Box display="flex" justifyContent="center">
        <Button
          onClick={() =>
            loadMore().catch(e =>
              alertApi.post({
                message: (e as Error).message,
                severity: 'error',
                display: 'transient',
              }),
            )
          }
        >
          Show more experiments
        </Button>
      </Box>
    </Grid>
  );
  if (!props.groupByStatus) {
    return (
      <Grid container spacing={2}>
        {cards(scorecards)}
        {showMore}
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
            aria-label={labelOf(status)}
          >
            <Typography variant="h6" gutterBottom>
              {labelOf(status)} ({group.length})
            </Typography>
            <Grid container spacing={2}>
              {cards(group)}
            </Grid>
          </Grid>
        ) : null;
      })}
      {showMore}
    </Grid>
  );
}
