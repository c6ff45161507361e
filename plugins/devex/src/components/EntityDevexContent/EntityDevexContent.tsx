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
import { WorkspaceSections } from '../Workspace/WorkspaceSections';

/**
 * The DevEx tab of a catalog entity: an overview of whether it needs attention (one request), then
 * a section each for experiments, action items, the calendar, compliance, and backlog and risks,
 * at their own URLs, each loading when opened.
 */
export function EntityDevexContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const query = useMemo(() => ({ entityRef }), [entityRef]);
  const base = useResolvedPath('.').pathname.replace(/\/$/, '');
  // Action items made from a meeting in the calendar section reload the action items section.
  const [actionItemsVersion, setActionItemsVersion] = useState(0);
  const paths = {
    experiments: `${base}/experiments`,
    actionItems: `${base}/action-items`,
    calendar: `${base}/calendar`,
    compliance: `${base}/compliance`,
    backlogAndRisks: `${base}/backlog-and-risks`,
  };
  return (
    <Content noPadding>
      <WorkspaceSections
        label={`DevEx sections of ${entityRef}`}
        sections={[
          {
            path: '',
            title: 'Overview',
            element: (
              <DevexOverview
                entityRef={entityRef}
                paths={paths}
                pulsePath="/devex/pulse"
              />
            ),
          },
          {
            path: 'experiments',
            title: 'Experiments',
            element: <ExperimentScorecards query={query} />,
          },
          {
            path: 'action-items',
            title: 'Action items',
            element: (
              <ActionItemsCard
                query={query}
                entityRef={entityRef}
                reloadToken={actionItemsVersion}
              />
            ),
          },
          {
            path: 'calendar',
            title: 'Calendar',
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
            path: 'compliance',
            title: 'Compliance',
            element: <ComplianceSection entityRef={entityRef} />,
          },
          {
            path: 'backlog-and-risks',
            title: 'Backlog and risks',
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
