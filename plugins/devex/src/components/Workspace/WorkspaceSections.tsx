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
import { SectionKey, SECTIONS } from './sections';

/** One section of a workspace: which (its path and title are declared in `SECTIONS`), and its content. */
export interface WorkspaceSection {
  section: SectionKey;
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
  const sections = props.sections.map(s => ({ ...SECTIONS[s.section], ...s }));
  const base = useResolvedPath('.').pathname.replace(/\/$/, '');
  const { pathname } = useLocation();
  const rest = pathname.startsWith(base)
    ? pathname.slice(base.length).replace(/^\//, '').split('/')[0]
    : '';
  const current = sections.some(s => s.path === rest) ? rest : '';
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
          {sections.map(s => (
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
        {sections.map(s => (
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
