import {
  ExperimentDecision,
  ExperimentStatus,
  PerformanceBand,
  ScorecardStatus,
  ScorecardTrend,
} from '@devex-governance/backstage-plugin-devex-common';

export const scorecardStatusLabels: Record<ScorecardStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  no_data: 'No data',
};

/** The DORA performance bands, as the reports name them. */
export const performanceBandLabels: Record<PerformanceBand['level'], string> = {
  elite: 'Elite',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const trendLabels: Record<ScorecardTrend, string> = {
  improving: '↗ improving',
  worsening: '↘ worsening',
  flat: '→ flat',
  unknown: '',
};

export const experimentStatusLabels: Record<ExperimentStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  running: 'Running',
  observing: 'Observing',
  decided: 'Decided',
  paused: 'Paused',
  abandoned: 'Abandoned',
};

export const decisionLabels: Record<ExperimentDecision, string> = {
  scale: 'Scale',
  iterate: 'Iterate',
  retire: 'Retire',
};

/** A number as a scorecard shows it: at most two decimals, and its unit. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 100) / 100;
  return unit ? `${rounded} ${unit}` : String(rounded);
}
