import { Content } from '@backstage/core-components';
import { ListActionItemsQuery } from '@internal/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import { useMemo, useState } from 'react';
import { ActionItemsCard } from '../ActionItemsCard';
import { ExperimentsPortfolio } from '../ExperimentsPortfolio';
import { GovernanceCalendar } from '../Governance';
import { BacklogReview } from '../Backlog/BacklogReview';
import { BlockersCard } from '../Blockers/BlockersCard';
import { RiskRegister } from '../Risks/RiskRegister';
import { SyncPortfolio, SyncRatioCard } from '../Sync/SyncRatioCard';
import { SuccessMeasuresCard } from '../SuccessMeasures/SuccessMeasuresCard';
import { PulseSurveyCard } from '../Pulse/PulseSurveyCard';
import { ActionItemFilters, ActionItemFilterValues } from './ActionItemFilters';

/** The portfolio view across the portal: my action items by default, and every experiment. */
export function DevexPortfolio() {
  const [filters, setFilters] = useState<ActionItemFilterValues>({
    mine: true,
    owner: '',
    status: '',
    overdue: false,
  });
  const query = useMemo<ListActionItemsQuery>(
    () => ({
      mine: filters.mine || undefined,
      owner: filters.owner ? [filters.owner] : undefined,
      status: filters.status ? [filters.status] : undefined,
      overdue: filters.overdue || undefined,
    }),
    [filters],
  );
  return (
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <SuccessMeasuresCard />
        </Grid>
        <Grid item xs={12}>
          <PulseSurveyCard />
        </Grid>
        <Grid item xs={12}>
          <GovernanceCalendar />
        </Grid>
        <Grid item xs={12}>
          <ActionItemsCard
            query={query}
            showEntity
            title="Action items across the portal"
            filters={
              <ActionItemFilters value={filters} onChange={setFilters} />
            }
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <SyncRatioCard title="Evidence sync (portal)" />
        </Grid>
        <Grid item xs={12} md={6}>
          <SyncPortfolio />
        </Grid>
        <Grid item xs={12}>
          <ExperimentsPortfolio />
        </Grid>
        <Grid item xs={12}>
          <BacklogReview title="IDP backlog (portal-wide)" />
        </Grid>
        <Grid item xs={12}>
          <RiskRegister />
        </Grid>
        <Grid item xs={12}>
          <BlockersCard />
        </Grid>
      </Grid>
    </Content>
  );
}
