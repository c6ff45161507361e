import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { audited } from '../http/audit';
import { Caller } from '../permissions/caller';

/** How one write of a service is audited: its event, what its arguments and its result add. */
export interface AuditedWrite<A extends unknown[], R> {
  eventId: string;
  meta?: (...args: A) => JsonObject;
  metaOf?: (result: Awaited<R>) => JsonObject;
}

/** The writes of a service that are audited, by method name. */
export type AuditPlan<S> = {
  [K in keyof S]?: S[K] extends (...args: infer A) => infer R
    ? AuditedWrite<A, R>
    : never;
};

const isCaller = (value: unknown): value is Caller =>
  typeof value === 'object' &&
  value !== null &&
  'credentials' in value &&
  typeof (value as Caller).userEntityRef === 'string';

/**
 * The one door every write goes through, whichever way it came in (REST, an MCP action, forum
 * mode): each write of a service's {@link AuditPlan} is an auditor event, recorded before the
 * write and marked succeeded or failed (an auditor from `announceChanges` tells those who keep
 * computed views of the writes that succeeded). A write that came over HTTP is audited with its
 * request; one without (an action) names its actor in the event's meta.
 */
export class DevexAudit {
  constructor(private readonly auditor: AuditorService) {}

  /** Runs a write as an audit event, and announces it when it succeeded. */
  async record<T>(
    event: { eventId: string; caller?: Caller; meta?: JsonObject },
    write: () => Promise<T>,
    metaOf: (result: T) => JsonObject = () => ({}),
  ): Promise<T> {
    const request = event.caller?.request;
    return audited(
      this.auditor,
      {
        eventId: event.eventId,
        request,
        meta:
          request || !event.caller
            ? event.meta
            : { ...event.meta, actor: event.caller.userEntityRef },
      },
      write,
      metaOf,
    );
  }

  /** The service, with the writes its plan names audited and announced; the rest as they are. */
  service<S extends object>(service: S, plan: AuditPlan<S>): S {
    return new Proxy(service, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        const write = plan[property as keyof S] as
          | AuditedWrite<unknown[], unknown>
          | undefined;
        if (!write) return value.bind(target);
        return (...args: unknown[]) =>
          this.record(
            {
              eventId: write.eventId,
              caller: args.find(isCaller),
              meta: write.meta?.(...args) ?? {},
            },
            () => value.apply(target, args),
            write.metaOf,
          );
      },
    });
  }
}

/** An update's audit meta: the record's id under `idKey`, and the names of the fields it sets. */
export function updateMeta(idKey: string) {
  return (id: string, request: object): JsonObject => ({
    [idKey]: id,
    fields: Object.keys(request).filter(k => k !== 'version'),
  });
}
