import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { makeStyles } from '@material-ui/core/styles';
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
 * Every tab in sight at any width: the bar wraps onto a second line rather than hiding tabs behind
 * scroll arrows, and the open tab is underlined itself (a single sliding indicator cannot follow
 * a tab onto the second line).
 */
const useTabStyles = makeStyles(theme => ({
  flexContainer: { flexWrap: 'wrap' },
  indicator: { display: 'none' },
  tab: {
    minWidth: 0,
    padding: theme.spacing(0.75, 2),
    borderBottom: '2px solid transparent',
  },
  selected: { borderBottomColor: theme.palette.primary.main },
}));

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
  const classes = useTabStyles();
  return (
    <>
      <Box mb={2}>
        <Tabs
          value={current}
          indicatorColor="primary"
          textColor="primary"
          classes={{
            flexContainer: classes.flexContainer,
            indicator: classes.indicator,
          }}
          aria-label={props.label}
        >
          {sections.map(s => (
            <Tab
              key={s.path}
              value={s.path}
              label={s.title}
              classes={{ root: classes.tab, selected: classes.selected }}
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
