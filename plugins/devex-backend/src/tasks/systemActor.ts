import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';

/**
 * Who the plugin's scheduled work acts as: what it writes records this name (as `createdBy`,
 * `resolvedBy`, ...) and its audit events carry it as `actor`, so a reviewer tells a task's changes
 * from a person's.
 */
export const DEVEX_SYSTEM_ACTOR = 'user:default/devex-scheduler';

/** How long a task waits for one outbound call (a metric source, a file) before giving up. */
export const OUTBOUND_CALL_TIMEOUT_MS = 30_000;

/**
 * The signal for one outbound call of a task: aborted when the task is (its lock is about to
 * lapse, or the backend stops) or when the call takes longer than `timeoutMs`.
 */
export function outboundSignal(
  taskSignal: AbortSignal | undefined,
  timeoutMs = OUTBOUND_CALL_TIMEOUT_MS,
): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return taskSignal ? AbortSignal.any([taskSignal, timeout]) : timeout;
}

/**
 * Audits a change a scheduled task made, under {@link DEVEX_SYSTEM_ACTOR}. A failure to audit is
 * logged and never undoes or repeats the change.
 */
export async function auditTaskChange(
  auditor: AuditorService,
  logger: LoggerService,
  event: { eventId: string; meta: JsonObject },
): Promise<void> {
  try {
    const auditEvent = await auditor.createEvent({
      eventId: event.eventId,
      severityLevel: 'low',
      meta: { actor: DEVEX_SYSTEM_ACTOR, ...event.meta },
    });
    await auditEvent.success();
  } catch (error) {
    logger.warn(`Could not audit ${event.eventId}: ${error}`);
  }
}
