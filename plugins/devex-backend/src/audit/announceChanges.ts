import { AuditorService } from '@backstage/backend-plugin-api';

/**
 * The auditor, telling `listener` of every audited change that succeeded: the writes of every
 * door (through `DevexAudit`) and the changes scheduled tasks audit (`auditTaskChange`), e.g. so
 * that computed views are dropped. The success settles once the listener has.
 */
export function announceChanges(
  auditor: AuditorService,
  listener: () => Promise<void>,
): AuditorService {
  return {
    createEvent: async options => {
      const event = await auditor.createEvent(options);
      return {
        success: async params => {
          await event.success(params);
          await listener();
        },
        fail: params => event.fail(params),
      };
    },
  };
}
