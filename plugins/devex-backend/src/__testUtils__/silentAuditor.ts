import { AuditorService } from '@backstage/backend-plugin-api';

/** An auditor that accepts every event and records nothing, for services built without a backend. */
export function silentAuditor(): AuditorService {
  const event = { success: async () => {}, fail: async () => {} };
  return { createEvent: async () => event } as AuditorService;
}
