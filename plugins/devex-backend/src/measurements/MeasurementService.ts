import { actorOf } from '../permissions/caller';
import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  devexMeasurementCreatePermission,
  MeasurementSource,
  MetricDefinition,
  RecordMeasurementsRequest,
  RecordMeasurementsResponse,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { MeasurementStore } from './MeasurementStore';
import { normalizeEntityRef } from '../shared/validation';

/**
 * Who recorded a measurement and as what, from the request's credentials only: a service
 * principal records `api` as `service:<subject>`, a person records `manual` as their entity ref.
 */
function provenanceOf(credentials: BackstageCredentials): {
  source: MeasurementSource;
  recordedBy: string;
} {
  const { principal } = credentials as BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >;
  return principal.type === 'user'
    ? { source: 'manual', recordedBy: principal.userEntityRef }
    : { source: 'api', recordedBy: `service:${principal.subject}` };
}

/** Records measurements pushed by people, CI jobs and exporters: all of a request, or none. */
export class MeasurementService {
  constructor(
    private readonly options: {
      /**
       * The experiments measured for, by key or id: their id and entities (the experiments
       * domain answers; measurements sit below it and do not import it).
       */
      experiments: {
        findMeasurementTargets(
          keysOrIds: string[],
        ): Promise<Map<string, { id: string; entityRefs: string[] }>>;
      };
      /** Whether the caller may update the experiments measured for (one decision). */
      experimentAccess: {
        authorizeUpdates(
          ids: string[],
          credentials: BackstageCredentials,
        ): Promise<void>;
      };
      store: MeasurementStore;
      records: EntityRecordAuthorizer;
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
      if ('source' in m) {
        throw new InputError(
          `measurements/${i}/source is not accepted: a measurement's source comes from the caller's credentials (api for a service, manual for a person)`,
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
      };
    });

    // values of experiments need the right to update them (below); the others, the right to
    // record values for their entity (portal-wide ones: governance admins and services)
    const unattached = rows.filter(r => !r.experiment);
    if (unattached.length) {
      await this.options.records.authorize(
        devexMeasurementCreatePermission,
        actorOf(credentials),
        unattached.map(r => ({
          entityRefs: [r.entityRef],
          label: r.entityRef
            ? `measurements of ${r.entityRef}`
            : 'portal-wide measurements',
        })),
      );
    }

    const targets = await this.options.experiments.findMeasurementTargets([
      ...new Set(rows.flatMap(r => (r.experiment ? [r.experiment] : []))),
    ]);
    rows.forEach((r, i) => {
      if (!r.experiment) return;
      const target = targets.get(r.experiment);
      if (!target) {
        throw new InputError(
          `measurements/${i}/experiment ${r.experiment} is not an experiment key or id`,
        );
      }
      // an experiment's values belong to the experiment and the entities it concerns, nowhere else
      if (
        r.entityRef &&
        !target.entityRefs.some(
          ref => ref.toLocaleLowerCase('en-US') === r.entityRef,
        )
      ) {
        throw new InputError(
          `measurements/${i}/entityRef ${r.entityRef} is not an entity of experiment ${r.experiment}`,
        );
      }
    });
    await this.options.experimentAccess.authorizeUpdates(
      [...new Set([...targets.values()].map(t => t.id))],
      credentials,
    );
    const { source, recordedBy } = provenanceOf(credentials);
    const resolved = rows.map(({ experiment, ...row }) => ({
      ...row,
      experimentId: experiment ? targets.get(experiment)!.id : null,
      source,
      recordedBy,
    }));
    return { recorded: await this.options.store.insertMeasurements(resolved) };
  }
}
