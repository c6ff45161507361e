import { AuditorService } from '@backstage/backend-plugin-api';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { RoutesOptions } from '../http/caller';
import { ErasureService } from './ErasureService';

/** HTTP for erasing a person's personal data (admins). */
export function registerErasureRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ erasure: ErasureService; auditor: AuditorService }>,
) {
  const { erasure, callerOf, auditor } = options;
  router.post('/admin/erasure', async (req, res) => {
    const report = await audited(
      auditor,
      {
        eventId: 'personal-data-erasure',
        request: req,
        meta: { userEntityRef: req.body.userEntityRef },
      },
      async () => erasure.erase(req.body, await callerOf(req)),
      erased => ({
        userEntityRef: erased.userEntityRef,
        tables: Object.fromEntries(
          Object.entries(erased.tables).filter(([, n]) => n > 0),
        ),
      }),
    );
    res.json(report);
  });
}
