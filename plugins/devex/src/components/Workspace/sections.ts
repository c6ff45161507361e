/**
 * The sections of the DevEx workspaces (the page and the entity tab), each declared once: its
 * path under the workspace and its tab's title. A workspace picks the ones it shows.
 */
export const SECTIONS = {
  overview: { path: '', title: 'Overview' },
  forum: { path: 'forum', title: 'Forum' },
  experiments: { path: 'experiments', title: 'Experiments' },
  actionItems: { path: 'action-items', title: 'Action items' },
  calendar: { path: 'calendar', title: 'Calendar' },
  compliance: { path: 'compliance', title: 'Compliance' },
  backlogAndRisks: { path: 'backlog-and-risks', title: 'Backlog and risks' },
  measures: { path: 'measures', title: 'Success measures' },
  pulse: { path: 'pulse', title: 'Pulse' },
} as const;

export type SectionKey = keyof typeof SECTIONS;

/** Each section's absolute path under a workspace at `base`. */
export function sectionPaths(base: string): Record<SectionKey, string> {
  const root = base.replace(/\/$/, '');
  return Object.fromEntries(
    Object.entries(SECTIONS).map(([key, { path }]) => [
      key,
      path ? `${root}/${path}` : root,
    ]),
  ) as Record<SectionKey, string>;
}
