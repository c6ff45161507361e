import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';

/**
 * Runs a write as an audit event: recorded before it starts, then marked as succeeded (with
 * what the result adds) or failed (with the error, which is rethrown for the error middleware).
 */
export async function audited<T>(
  auditor: AuditorService,
  event: {
    eventId: string;
    /** The HTTP request it came with; absent for a write through another door (an MCP action). */
    request?: Request<any, any, any, any, any>;
    meta?: JsonObject;
  },
  write: () => Promise<T>,
  metaOf: (result: T) => JsonObject = () => ({}),
): Promise<T> {
  const auditEvent = await auditor.createEvent({
    severityLevel: 'medium',
    ...event,
  });
  try {
    const result = await write();
    await auditEvent.success({ meta: metaOf(result) });
    return result;
  } catch (error) {
    await auditEvent.fail({ error: error as Error });
    throw error;
  }
}
