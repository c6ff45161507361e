import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import { ActionItemsCard } from '../ActionItemsCard';
import { BacklogReview } from '../Backlog/BacklogReview';
import { BlockersCard } from '../Blockers/BlockersCard';
import { ExperimentScorecards } from '../ExperimentScorecards';
import { RiskRegister } from '../Risks/RiskRegister';
import { SyncRatioCard } from '../Sync/SyncRatioCard';
import { SuccessMeasuresCard } from '../SuccessMeasures/SuccessMeasuresCard';
import { PulsePrompt } from '../Pulse/PulseSurveyCard';
import { entityRunbooks, UpcomingGovernanceCard } from '../Governance';

/** The DevEx tab of a catalog entity: its governance calendar, experiments' scorecards and action items. */
export function EntityDevexContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const query = useMemo(() => ({ entityRef }), [entityRef]);
  // Action items made from a meeting in the calendar card reload the action items card.
  const [actionItemsVersion, setActionItemsVersion] = useState(0);
  return (
    <Content noPadding>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <PulsePrompt />
        </Grid>
        <Grid item xs={12}>
          <UpcomingGovernanceCard
            entityRef={entityRef}
            runbooks={entityRunbooks(entity)}
            onActionItemCreated={() => setActionItemsVersion(v => v + 1)}
          />
        </Grid>
        <Grid item xs={12}>
          <Typography variant="h5" component="h2" gutterBottom>
            Experiments
          </Typography>
          <ExperimentScorecards query={query} />
        </Grid>
        <Grid item xs={12}>
          <ActionItemsCard
            query={query}
            entityRef={entityRef}
            reloadToken={actionItemsVersion}
          />
        </Grid>
        <Grid item xs={12}>
          <SyncRatioCard entityRef={entityRef} />
        </Grid>
        <Grid item xs={12}>
          <BlockersCard entityRef={entityRef} />
        </Grid>
        <Grid item xs={12}>
          <BacklogReview entityRef={entityRef} />
        </Grid>
        <Grid item xs={12}>
          <RiskRegister entityRef={entityRef} />
        </Grid>
        <Grid item xs={12}>
          <SuccessMeasuresCard />
        </Grid>
      </Grid>
    </Content>
  );
}
