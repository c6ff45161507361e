import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { useMemo, useState } from 'react';
import { useResolvedPath } from 'react-router-dom';
import { ActionItemsCard } from '../ActionItemsCard';
import { BacklogReview } from '../Backlog/BacklogReview';
import { BlockersCard } from '../Blockers/BlockersCard';
import { ExperimentScorecards } from '../ExperimentScorecards';
import { EntityCalendarSection } from '../Governance';
import { DevexOverview } from '../Overview/DevexOverview';
import { RiskRegister } from '../Risks/RiskRegister';
import { ComplianceSection } from '../Sync/ComplianceSection';
import { sectionPaths } from '../Workspace/sections';
import { WorkspaceSections } from '../Workspace/WorkspaceSections';
import { useDevexPagePath } from '../../hooks/useDevexPagePath';

/**
 * The DevEx tab of a catalog entity: an overview of whether it needs attention (one request), then
 * a section each for experiments, action items, the calendar, compliance, and backlog and risks,
 * at their own URLs, each loading when opened.
 */
export function EntityDevexContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const query = useMemo(() => ({ entityRef }), [entityRef]);
  const paths = sectionPaths(useResolvedPath('.').pathname);
  const pagePath = useDevexPagePath();
  // Action items made from a meeting in the calendar section reload the action items section.
  const [actionItemsVersion, setActionItemsVersion] = useState(0);

  return (
    <Content noPadding>
      <WorkspaceSections
        label={`DevEx sections of ${entityRef}`}
        sections={[
          {
            section: 'overview',
            element: (
              <DevexOverview
                entityRef={entityRef}
                paths={paths}
                pulsePath={pagePath && sectionPaths(pagePath).pulse}
              />
            ),
          },
          {
            section: 'experiments',
            element: <ExperimentScorecards query={query} />,
          },
          {
            section: 'actionItems',
            element: (
              <ActionItemsCard
                query={query}
                entityRef={entityRef}
                reloadToken={actionItemsVersion}
              />
            ),
          },
          {
            section: 'calendar',
            element: (
              <EntityCalendarSection
                entity={entity}
                entityRef={entityRef}
                path={paths.calendar}
                onActionItemCreated={() => setActionItemsVersion(v => v + 1)}
              />
            ),
          },
          {
            section: 'compliance',
            element: <ComplianceSection entityRef={entityRef} />,
          },
          {
            section: 'backlogAndRisks',
            element: (
              <Grid container spacing={3}>
                <Grid item xs={12}>
                  <BlockersCard entityRef={entityRef} />
                </Grid>
                <Grid item xs={12}>
                  <BacklogReview entityRef={entityRef} />
                </Grid>
                <Grid item xs={12}>
                  <RiskRegister entityRef={entityRef} />
                </Grid>
              </Grid>
            ),
          },
        ]}
      />
    </Content>
  );
}
