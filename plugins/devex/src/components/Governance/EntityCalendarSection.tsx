import {
  entityRunbooks,
  isReadableRunbookUrl,
  RunbookEntity,
} from '@devex-governance/backstage-plugin-devex-common';
import { Route, Routes } from 'react-router-dom';
import { runbookPath, RunbookView } from '../Runbooks';
import { UpcomingGovernanceCard } from './UpcomingGovernanceCard';

/**
 * The calendar section of an entity's DevEx tab: its upcoming governance events, and at
 * `runbook?url=` one of its runbooks rendered in the portal.
 */
export function EntityCalendarSection(props: {
  entity: RunbookEntity;
  entityRef: string;
  /** The section's own path, e.g. `/catalog/default/component/x/devex/calendar`. */
  path: string;
  onActionItemCreated?: () => void;
}) {
  const { entity, entityRef, path } = props;
  const runbooks = entityRunbooks(entity);
  // only the entity's http(s) runbooks render in the portal; TechDocs pages open as they are
  const runbookHref = (url: string) =>
    isReadableRunbookUrl(url) && runbooks.some(r => r.url === url)
      ? runbookPath(path, url)
      : undefined;
  return (
    <Routes>
      <Route
        path="runbook"
        element={
          <RunbookView
            entityRef={entityRef}
            runbooks={runbooks}
            backTo={path}
          />
        }
      />
      <Route
        path="*"
        element={
          <UpcomingGovernanceCard
            entityRef={entityRef}
            runbooks={runbooks}
            runbookHref={runbookHref}
            onActionItemCreated={props.onActionItemCreated}
          />
        }
      />
    </Routes>
  );
}
