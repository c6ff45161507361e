import { Content } from '@backstage/core-components';
import {
  ActionItemStatus,
  ListActionItemsQuery,
} from '@devex-governance/backstage-plugin-devex-common';
import Grid from '@material-ui/core/Grid';
import { useMemo } from 'react';
import { useResolvedPath, useSearchParams } from 'react-router-dom';
import { useHighlightedRecord } from '../../hooks/useHighlightedRecord';
import { ActionItemsCard } from '../ActionItemsCard';
import { FocusedActionItem } from '../ActionItemsCard/FocusedActionItem';
import { BacklogReview } from '../Backlog/BacklogReview';
import { BlockersCard } from '../Blockers/BlockersCard';
import { ExperimentsPortfolio } from '../ExperimentsPortfolio';
import { ForumSection } from '../Forum';
import { GovernanceCalendar } from '../Governance';
import { DevexOverview } from '../Overview/DevexOverview';
import { PulseSurveyCard } from '../Pulse/PulseSurveyCard';
import { RiskRegister } from '../Risks/RiskRegister';
import { SuccessMeasuresCard } from '../SuccessMeasures/SuccessMeasuresCard';
import { ComplianceSection } from '../Sync/ComplianceSection';
import { sectionPaths } from '../Workspace/sections';
import { WorkspaceSections } from '../Workspace/WorkspaceSections';
import { ActionItemFilters, ActionItemFilterValues } from './ActionItemFilters';

/**
 * The action items across the portal, filtered by the URL's query (`?mine=false&owner=...&status=
 * ...&overdue=true`), so a filtered view can be shared; "mine" is on unless the URL says otherwise.
 */
function PortalActionItems() {
  const [params, setParams] = useSearchParams();
  const filters: ActionItemFilterValues = {
    mine: params.get('mine') !== 'false',
    owner: params.get('owner') ?? '',
    status: (params.get('status') ?? '') as ActionItemStatus | '',
    overdue: params.get('overdue') === 'true',
  };
  const query = useMemo<ListActionItemsQuery>(
    () => ({
      mine: filters.mine || undefined,
      owner: filters.owner ? [filters.owner] : undefined,
      status: filters.status ? [filters.status] : undefined,
      overdue: filters.overdue || undefined,
    }),
    [filters.mine, filters.owner, filters.status, filters.overdue],
  );
  const focusedId = params.get('item');
  const onChange = (next: ActionItemFilterValues) => {
    const search = new URLSearchParams();
    if (!next.mine) search.set('mine', 'false');
    if (next.owner) search.set('owner', next.owner);
    if (next.status) search.set('status', next.status);
    if (next.overdue) search.set('overdue', 'true');
    setParams(search);
  };
  const list = (
    <ActionItemsCard
      query={query}
      showEntity
      title="Action items across the portal"
      filters={<ActionItemFilters value={filters} onChange={onChange} />}
    />
  );
  if (!focusedId) return list;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <FocusedActionItem id={focusedId} />
      </Grid>
      <Grid item xs={12}>
        {list}
      </Grid>
    </Grid>
  );
}

/** The backlog, the risk register and blockers; `?backlogItem=` or `?risk=` lands on a record. */
function BacklogAndRisks() {
  const backlogItem = useHighlightedRecord('backlogItem');
  const risk = useHighlightedRecord('risk');
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <BacklogReview
          title="IDP backlog (portal-wide)"
          highlightId={backlogItem}
        />
      </Grid>
      <Grid item xs={12}>
        <RiskRegister highlightId={risk} />
      </Grid>
      <Grid item xs={12}>
        <BlockersCard />
      </Grid>
    </Grid>
  );
}

/**
 * The DevEx workspace across the portal: an overview (one request), then forum mode, the
 * experiments, action items, calendar, compliance, backlog and risks, and the pulse, each at its
 * own URL.
 */
export function DevexPortfolio() {
  const paths = sectionPaths(useResolvedPath('.').pathname);
  return (
    <Content>
      <WorkspaceSections
        label="DevEx workspace sections"
        sections={[
          {
            section: 'overview',
            element: <DevexOverview paths={paths} pulsePath={paths.pulse} />,
          },
          {
            section: 'forum',
            element: <ForumSection />,
          },
          {
            section: 'experiments',
            element: <ExperimentsPortfolio />,
          },
          {
            section: 'actionItems',
            element: <PortalActionItems />,
          },
          {
            section: 'calendar',
            element: <GovernanceCalendar />,
          },
          {
            section: 'compliance',
            element: <ComplianceSection />,
          },
          {
            section: 'backlogAndRisks',
            element: <BacklogAndRisks />,
          },
          {
            section: 'measures',
            element: <SuccessMeasuresCard />,
          },
          {
            section: 'pulse',
            element: <PulseSurveyCard />,
          },
        ]}
      />
    </Content>
  );
}
