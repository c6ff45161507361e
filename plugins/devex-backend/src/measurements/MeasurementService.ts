import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  devexMeasurementCreatePermission,
  MetricDefinition,
  RecordMeasurementsRequest,
  RecordMeasurementsResponse,
} from '@internal/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ExperimentStore } from '../experiments/ExperimentStore';
import { MeasurementStore } from './MeasurementStore';
import { normalizeEntityRef } from '../shared/validation';

/** Records measurements pushed by people, CI jobs and exporters: all of a request, or none. */
export class MeasurementService {
  constructor(
    private readonly options: {
      experiments: ExperimentStore;
      store: MeasurementStore;
      permissions: PermissionsService;
      metrics: Map<string, MetricDefinition>;
    },
  ) {}

  async record(
    request: RecordMeasurementsRequest,
    credentials: BackstageCredentials,
  ): Promise<RecordMeasurementsResponse> {
    const { measurements } = request;
    const unknownMetric = measurements.findIndex(
      m => !this.options.metrics.has(m.metricKey),
    );
    if (unknownMetric >= 0) {
      throw new InputError(
        `measurements/${unknownMetric}/metricKey ${measurements[unknownMetric].metricKey} is not a known metric`,
      );
    }
    const rows = measurements.map((m, i) => {
      const measuredAt = DateTime.fromISO(m.measuredAt, { setZone: true });
      if (!measuredAt.isValid) {
        throw new InputError(
          `measurements/${i}/measuredAt must be an ISO 8601 date-time, got ${m.measuredAt}`,
        );
      }
      if (!Number.isFinite(m.value)) {
        throw new InputError(`measurements/${i}/value must be a finite number`);
      }
      return {
        metricKey: m.metricKey,
        entityRef: m.entityRef
          ? normalizeEntityRef(`measurements/${i}/entityRef`, m.entityRef)
          : null,
        experiment: m.experiment ?? null,
        value: m.value,
        measuredAt: measuredAt.toJSDate(),
        source: m.source ?? 'api',
      };
    });

    const [decision] = await this.options.permissions.authorize(
      [{ permission: devexMeasurementCreatePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed to record measurements (${devexMeasurementCreatePermission.name})`,
      );
    }

    const experimentIds = await this.options.experiments.findIdsByKeyOrId([
      ...new Set(rows.flatMap(r => (r.experiment ? [r.experiment] : []))),
    ]);
    const resolved = rows.map(({ experiment, ...row }, i) => {
      if (experiment && !experimentIds.has(experiment)) {
        throw new InputError(
          `measurements/${i}/experiment ${experiment} is not an experiment key or id`,
        );
      }
      return {
        ...row,
        experimentId: experiment ? experimentIds.get(experiment)! : null,
      };
    });
    return { recorded: await this.options.store.insertMeasurements(resolved) };
  }
}
