import { ScorecardTrend } from '@devex-governance/backstage-plugin-devex-common';

export const trendLabels: Record<ScorecardTrend, string> = {
  improving: '↗ improving',
  worsening: '↘ worsening',
  flat: '→ flat',
  unknown: '',
};

/** A number as a scorecard shows it: at most two decimals, and its unit. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 100) / 100;
  return unit ? `${rounded} ${unit}` : String(rounded);
}
