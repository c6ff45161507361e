import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { ReactElement } from 'react';
import {
  Link as RouterLink,
  Navigate,
  Route,
  Routes,
  useLocation,
  useResolvedPath,
} from 'react-router-dom';

/** One section of a workspace: its own URL (relative to the workspace), title and content. */
export interface WorkspaceSection {
  /** '' for the first (overview) section. */
  path: string;
  title: string;
  element: ReactElement;
}

/**
 * Sections as tabs, each at its own URL under the workspace's route (deep-linkable, the back
 * button moves between them); only the open section is rendered, so a section loads its data
 * when it is opened.
 */
export function WorkspaceSections(props: {
  sections: WorkspaceSection[];
  label: string;
}) {
  const base = useResolvedPath('.').pathname.replace(/\/$/, '');
  const { pathname } = useLocation();
  const rest = pathname.startsWith(base)
    ? pathname.slice(base.length).replace(/^\//, '').split('/')[0]
    : '';
  const current = props.sections.some(s => s.path === rest) ? rest : '';
  return (
    <>
      <Box mb={2}>
        <Tabs
          value={current}
          indicatorColor="primary"
          textColor="primary"
          variant="scrollable"
          scrollButtons="auto"
          aria-label={props.label}
        >
          {props.sections.map(s => (
            <Tab
              key={s.path}
              value={s.path}
              label={s.title}
              component={RouterLink}
              to={s.path ? `${base}/${s.path}` : base}
              data-testid={`section-tab-${s.path || 'overview'}`}
            />
          ))}
        </Tabs>
      </Box>
      <Routes>
        {props.sections.map(s => (
          <Route
            key={s.path}
            path={s.path ? `${s.path}/*` : ''}
            element={s.element}
          />
        ))}
        <Route path="*" element={<Navigate to={base} replace />} />
      </Routes>
    </>
  );
}
