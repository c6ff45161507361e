import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';

/**
 * The one source of the current time for the DevEx backend. Every date rule of the plugin
 * (today, overdue, month and quarter boundaries, the pulse opener, the digest day, deadlines)
 * reads it, so tests and demos can move the whole plugin to another instant at once.
 *
 * @public
 */
export interface DevexClock {
  /** The current instant. */
  now(): Date;
}

/**
 * A clock that starts at `startAt` and then runs on with real time (`tick: true`, the default)
 * or stays at `startAt` (`tick: false`).
 *
 * @public
 */
export function createDevexClock(
  options: { startAt?: Date | string; tick?: boolean } = {},
): DevexClock {
  if (options.startAt === undefined) {
    return { now: () => new Date() };
  }
  const start = new Date(options.startAt).getTime();
  if (Number.isNaN(start)) {
    throw new Error(
      `Invalid clock start ${String(
        options.startAt,
      )}; expected an ISO 8601 instant`,
    );
  }
  if (options.tick === false) {
    return { now: () => new Date(start) };
  }
  const offset = start - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/**
 * The DevEx clock. By default the real time; `devex.clock.startAt` (an ISO 8601 instant) starts
 * it at another instant, from which it runs on, for demos and browser tests.
 *
 * @public
 */
export const devexClockServiceRef = createServiceRef<DevexClock>({
  id: 'devex.clock',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { config: coreServices.rootConfig },
      factory: ({ config }) =>
        createDevexClock({
          startAt: config.getOptionalString('devex.clock.startAt'),
        }),
    }),
});

/**
 * A factory for tests: the DevEx clock at a given instant.
 *
 * @public
 */
export function devexClockServiceFactory(options: {
  startAt: Date | string;
  tick?: boolean;
}) {
  return createServiceFactory({
    service: devexClockServiceRef,
    deps: {},
    factory: () => createDevexClock(options),
  });
}
