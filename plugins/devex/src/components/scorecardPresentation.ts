import { ScorecardTrend } from '@devex-governance/backstage-plugin-devex-common';

/**
 * A trend as it reads: the arrow shows which way the line moves, the word whether that is better,
 * so a falling lower-is-better line reads "↘ improving", never "↗ improving".
 */
export function trendLabel(
  trend: ScorecardTrend,
  lowerIsBetter: boolean,
): string {
  if (trend === 'unknown') return '';
  if (trend === 'flat') return '→ flat';
  const rising = (trend === 'improving') !== lowerIsBetter;
  return `${rising ? '↗' : '↘'} ${trend} (${rising ? 'rising' : 'falling'})`;
}

/** A number as a scorecard shows it: at most two decimals, and its unit. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 100) / 100;
  return unit ? `${rounded} ${unit}` : String(rounded);
}
