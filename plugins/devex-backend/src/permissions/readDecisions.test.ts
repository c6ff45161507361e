import { mockCredentials } from '@backstage/backend-test-utils';
import { PermissionsService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { reuseReadDecisions } from './readDecisions';

const read = createPermission({
  name: 'devex.test.read',
  attributes: { action: 'read' },
});
const update = createPermission({
  name: 'devex.test.update',
  attributes: { action: 'update' },
});

describe('reuseReadDecisions', () => {
  function setUp() {
    let now = 0;
    const asked: string[] = [];
    const permissions: PermissionsService = {
      authorize: async (requests, options) => {
        asked.push(
          `${(options.credentials.principal as any).userEntityRef} ${requests
            .map(r => r.permission.name)
            .join(',')}`,
        );
        return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
      },
      authorizeConditional: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    };
    const reused = reuseReadDecisions(permissions, {
      ttlMs: 10_000,
      now: () => now,
    });
    return { reused, asked, advance: (ms: number) => (now += ms) };
  }

  it('asks once per caller and period for reads, and every time for writes', async () => {
    const { reused, asked, advance } = setUp();
    const amara = { credentials: mockCredentials.user('user:default/amara') };
    const ben = { credentials: mockCredentials.user('user:default/ben') };

    await reused.authorize([{ permission: read }], amara);
    await reused.authorize([{ permission: read }], amara);
    await reused.authorize([{ permission: read }], ben);
    await reused.authorize([{ permission: update }], amara);
    await reused.authorize([{ permission: update }], amara);
    expect(asked).toEqual([
      'user:default/amara devex.test.read',
      'user:default/ben devex.test.read',
      'user:default/amara devex.test.update',
      'user:default/amara devex.test.update',
    ]);

    advance(10_001);
    await reused.authorize([{ permission: read }], amara);
    expect(asked).toHaveLength(5);
  });

  it('does not keep a failed decision', async () => {
    let fail = true;
    const reused = reuseReadDecisions({
      authorize: async requests => {
        if (fail) throw new Error('permission backend unavailable');
        return requests.map(() => ({ result: AuthorizeResult.DENY }));
      },
      authorizeConditional: async () => [],
    });
    const amara = { credentials: mockCredentials.user('user:default/amara') };
    await expect(
      reused.authorize([{ permission: read }], amara),
    ).rejects.toThrow('unavailable');
    fail = false;
    await expect(
      reused.authorize([{ permission: read }], amara),
    ).resolves.toEqual([{ result: AuthorizeResult.DENY }]);
  });
});
