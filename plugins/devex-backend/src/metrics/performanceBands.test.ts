import { ConfigReader } from '@backstage/config';
import { computeMetricScorecard } from '../experiments/scorecard';
import { DEFAULT_METRIC_DEFINITIONS } from './metricDefinitions';
import {
  bandOf,
  DORA_2023_BANDS,
  performanceBandOf,
  readPerformanceBands,
} from './performanceBands';

const metric = (key: string) =>
  DEFAULT_METRIC_DEFINITIONS.find(m => m.key === key)!;

describe('DORA performance bands', () => {
  it.each([
    ['dora.deployment_frequency', 12, 'elite'],
    ['dora.deployment_frequency', 7, 'elite'],
    ['dora.deployment_frequency', 2, 'high'],
    ['dora.deployment_frequency', 0.5, 'medium'],
    ['dora.deployment_frequency', 0.1, 'low'],
    ['dora.lead_time', 20, 'elite'],
    ['dora.lead_time', 58, 'high'],
    ['dora.lead_time', 300, 'medium'],
    ['dora.lead_time', 2000, 'low'],
    ['dora.change_failure_rate', 4, 'elite'],
    ['dora.change_failure_rate', 12, 'medium'],
    ['dora.change_failure_rate', 40, 'low'],
    ['dora.mttr', 0.5, 'elite'],
    ['dora.mttr', 30, 'medium'],
  ])('%s at %p is %s', (key, value, level) => {
    expect(
      performanceBandOf(DORA_2023_BANDS, metric(key), value as number),
    ).toEqual({ level, source: DORA_2023_BANDS.source });
  });

  it('gives no band to other metrics or to a metric without a value', () => {
    expect(
      performanceBandOf(DORA_2023_BANDS, metric('devex.qa_loop_duration'), 14),
    ).toBeNull();
    expect(
      performanceBandOf(DORA_2023_BANDS, metric('dora.lead_time'), null),
    ).toBeNull();
  });

  it('counts an edge as the better band', () => {
    expect(bandOf(24, { elite: 24, high: 168, medium: 720 }, true)).toBe(
      'elite',
    );
    expect(bandOf(1, { elite: 7, high: 1, medium: 0.25 }, false)).toBe('high');
  });

  it("puts the band on a Four Keys scorecard row, named with its thresholds' source", () => {
    const row = computeMetricScorecard({
      metric: metric('dora.lead_time'),
      baseline: 62,
      target: 48,
      comparator: 'lte',
      series: [{ value: 58, measuredAt: '2026-11-30T00:00:00.000Z' }],
      bands: DORA_2023_BANDS,
    });
    expect(row.band).toEqual({
      level: 'high',
      source: 'DORA, Accelerate State of DevOps Report 2023',
    });
  });

  it('reads other thresholds and their source from config, and refuses edges out of order', () => {
    const bands = readPerformanceBands(
      new ConfigReader({
        devex: {
          performanceBands: {
            source: 'Our 2027 engineering goals',
            metrics: { 'dora.lead_time': { elite: 4, high: 24, medium: 72 } },
          },
        },
      }),
    );
    expect(bands.source).toBe('Our 2027 engineering goals');
    expect(bands.edges.get('dora.lead_time')).toEqual({
      elite: 4,
      high: 24,
      medium: 72,
    });
    expect(bands.edges.get('dora.mttr')).toEqual(
      DORA_2023_BANDS.edges.get('dora.mttr'),
    );
    expect(() =>
      readPerformanceBands(
        new ConfigReader({
          devex: {
            performanceBands: {
              metrics: { 'dora.mttr': { elite: 1, high: 200, medium: 24 } },
            },
          },
        }),
      ),
    ).toThrow(/must be in order/);
  });
});
