import {
  ActionItemSource,
  ActionItemStatus,
} from '@devex-governance/backstage-plugin-devex-common';

export const statusLabels: Record<ActionItemStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const sourceLabels: Record<ActionItemSource, string> = {
  governance_forum: 'Governance forum',
  monthly_sync: 'Monthly sync',
  escalation: 'Escalation',
  manual: 'Manual',
};

/** Select options from a label map, in the map's order. */
export function optionsOf<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map(value => ({
    value,
    label: labels[value],
  }));
}
