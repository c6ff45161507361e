import { Config } from '@backstage/config';
import {
  METRIC_FAMILIES,
  MetricDefinition,
  MetricFamily,
} from '@devex-governance/backstage-plugin-devex-common';

/** The process's metrics (metrics plan: DORA, SPACE, DevEx, compliance, pipeline, supply chain). */
export const DEFAULT_METRIC_DEFINITIONS: MetricDefinition[] = [
  {
    key: 'dora.deployment_frequency',
    name: 'Deployment frequency',
    family: 'DORA',
    unit: 'per week',
    lowerIsBetter: false,
  },
  {
    key: 'dora.lead_time',
    name: 'Lead time for changes',
    family: 'DORA',
    unit: 'h',
    lowerIsBetter: true,
  },
  {
    key: 'dora.change_failure_rate',
    name: 'Change failure rate',
    family: 'DORA',
    unit: '%',
    lowerIsBetter: true,
  },
  {
    key: 'dora.mttr',
    name: 'Time to restore service',
    family: 'DORA',
    unit: 'h',
    lowerIsBetter: true,
  },
  {
    key: 'space.satisfaction',
    name: 'SPACE satisfaction',
    family: 'SPACE',
    unit: 'score /5',
    lowerIsBetter: false,
  },
  {
    key: 'space.stakeholder_satisfaction',
    name: 'Stakeholder satisfaction',
    family: 'SPACE',
    unit: 'score /5',
    lowerIsBetter: false,
  },
  {
    key: 'space.qa_first_pass_rate',
    name: 'QA first-pass rate',
    family: 'SPACE',
    unit: '%',
    lowerIsBetter: false,
  },
  {
    key: 'space.blocked_time',
    name: 'Blocked time',
    family: 'SPACE',
    unit: 'h/week',
    lowerIsBetter: true,
  },
  {
    key: 'devex.onboarding_duration',
    name: 'Onboarding duration',
    family: 'DevEx',
    unit: 'min',
    lowerIsBetter: true,
  },
  {
    key: 'devex.first_success_rate',
    name: 'First-run success rate',
    family: 'DevEx',
    unit: '%',
    lowerIsBetter: false,
  },
  {
    key: 'devex.qa_loop_duration',
    name: 'QA feedback loop (median)',
    family: 'DevEx',
    unit: 'min',
    lowerIsBetter: true,
  },
  {
    key: 'devex.template_adoption_rate',
    name: 'Golden-path template adoption',
    family: 'DevEx',
    unit: '%',
    lowerIsBetter: false,
  },
  {
    key: 'compliance.evidence_freshness_sla',
    name: 'Evidence within freshness SLA',
    family: 'Compliance',
    unit: '%',
    lowerIsBetter: false,
  },
  {
    key: 'compliance.manual_effort_hours',
    name: 'Manual evidence effort',
    family: 'Compliance',
    unit: 'h/week',
    lowerIsBetter: true,
  },
  {
    key: 'pipeline.success_rate',
    name: 'Prefect flow success rate',
    family: 'Pipeline',
    unit: '%',
    lowerIsBetter: false,
  },
  {
    key: 'pipeline.p95_duration',
    name: 'Prefect flow p95 duration',
    family: 'Pipeline',
    unit: 'min',
    lowerIsBetter: true,
  },
  {
    key: 'pipeline.runs_completed',
    name: 'Prefect flow runs completed',
    family: 'Pipeline',
    unit: 'runs',
    lowerIsBetter: false,
  },
  {
    key: 'pipeline.runs_failed',
    name: 'Prefect flow runs failed',
    family: 'Pipeline',
    unit: 'runs',
    lowerIsBetter: true,
  },
  {
    key: 'pipeline.runs_crashed',
    name: 'Prefect flow runs crashed',
    family: 'Pipeline',
    unit: 'runs',
    lowerIsBetter: true,
  },
  {
    key: 'ops.incident_triage_duration',
    name: 'Incident triage duration',
    family: 'Supply chain',
    unit: 'min',
    lowerIsBetter: true,
  },
  {
    key: 'supply_chain.sbom_coverage',
    name: 'Builds with an SBOM',
    family: 'Supply chain',
    unit: '%',
    lowerIsBetter: false,
  },
  {
    key: 'supply_chain.provenance_coverage',
    name: 'Builds with provenance',
    family: 'Supply chain',
    unit: '%',
    lowerIsBetter: false,
  },
];

/**
 * The metric definitions in force: the defaults, with `devex.metrics` entries from config
 * replacing a default of the same key or adding new ones.
 */
export function readMetricDefinitions(
  config: Config,
): Map<string, MetricDefinition> {
  const byKey = new Map(DEFAULT_METRIC_DEFINITIONS.map(m => [m.key, m]));
  for (const entry of config.getOptionalConfigArray('devex.metrics') ?? []) {
    const family = entry.getString('family');
    if (!METRIC_FAMILIES.includes(family as MetricFamily)) {
      throw new Error(
        `devex.metrics: family of ${entry.getString(
          'key',
        )} must be one of ${METRIC_FAMILIES.join(', ')}, got ${family}`,
      );
    }
    const key = entry.getString('key');
    byKey.set(key, {
      key,
      name: entry.getString('name'),
      family: family as MetricFamily,
      unit: entry.getOptionalString('unit') ?? '',
      lowerIsBetter: entry.getBoolean('lowerIsBetter'),
    });
  }
  return byKey;
}
