import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ENTITY_TTL_MS,
  EntityCatalog,
  VISIBILITY_TTL_MS,
} from './EntityCatalog';

/** A permissions service whose catalog read decision is `result` for everyone. */
const catalogReads = (result: AuthorizeResult) =>
  mockServices.permissions.mock({
    authorizeConditional: jest.fn(async requests =>
      requests.map(() =>
        result === AuthorizeResult.CONDITIONAL
          ? {
              result,
              pluginId: 'catalog',
              resourceType: 'catalog-entity',
              conditions: {
                rule: 'IS_ENTITY_OWNER',
                resourceType: 'catalog-entity',
                params: { claims: [] },
              },
            }
          : { result },
      ),
    ) as any,
  });

describe('EntityCatalog', () => {
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'hotpass', namespace: 'default' },
  };

  it('asks the catalog once per caller and entity within the reuse time, and renews it after, when its read decision is conditional', async () => {
    const shown = new Set(['component:default/hotpass']);
    const entityOf = (ref: string) => ({
      ...entity,
      metadata: { name: ref.split('/')[1], namespace: 'default' },
    });
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: jest.fn(async ({ entityRefs }: any) => ({
        items: entityRefs.map((ref: string) =>
          shown.has(ref) ? entityOf(ref) : undefined,
        ),
      })) as any,
    });
    const permissions = catalogReads(AuthorizeResult.CONDITIONAL);
    const entities = new EntityCatalog(
      catalog,
      mockServices.auth(),
      permissions,
    );
    const alice = mockCredentials.user('user:default/alice');
    const bob = mockCredentials.user('user:default/bob');
    const refs = ['component:default/hotpass', 'component:default/hidden'];
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);

    expect([...(await entities.visibleTo(alice, refs))]).toEqual([
      'component:default/hotpass',
    ]);
    await entities.visibleTo(alice, refs);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    // another caller has a view of their own
    await entities.visibleTo(bob, refs);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);

    // after the period, the answer still serves while one background request renews it
    shown.add('component:default/hidden');
    now.mockReturnValue(1_000_000 + VISIBILITY_TTL_MS + 1);
    const [first, second] = await Promise.all([
      entities.visibleTo(alice, refs),
      entities.visibleTo(alice, refs),
    ]);
    expect([...first]).toEqual(['component:default/hotpass']);
    expect([...second]).toEqual(['component:default/hotpass']);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(3);
    await new Promise(resolve => setImmediate(resolve));
    expect([...(await entities.visibleTo(alice, refs))]).toEqual(refs);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(3);

    // two periods after bob's answers, his request waits for the catalog's
    now.mockReturnValue(1_000_000 + 2 * VISIBILITY_TTL_MS + 1);
    expect([...(await entities.visibleTo(bob, refs))]).toEqual(refs);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(4);
    // the read decision is asked once per caller and period too: alice's twice, bob's twice
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(4);
    now.mockRestore();
  });

  it('shows every entity the catalog holds to callers it allows unconditionally, asked once for all of them, and none to callers it denies', async () => {
    const held = new Set(['component:default/hotpass']);
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: jest.fn(async ({ entityRefs }: any) => ({
        items: entityRefs.map((ref: string) =>
          held.has(ref)
            ? { ...entity, metadata: { name: ref.split('/')[1] } }
            : undefined,
        ),
      })) as any,
    });
    const refs = ['component:default/hotpass', 'component:default/gone'];
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const allowed = new EntityCatalog(
      catalog,
      mockServices.auth({ pluginId: 'devex' }),
      catalogReads(AuthorizeResult.ALLOW),
    );
    for (const user of ['alice', 'bob', 'carol']) {
      expect([
        ...(await allowed.visibleTo(
          mockCredentials.user(`user:default/${user}`),
          refs,
        )),
      ]).toEqual(['component:default/hotpass']);
    }
    // which entities exist is asked once, with the plugin's own credentials, for all three
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(
      (catalog.getEntitiesByRefs as jest.Mock).mock.calls[0][1].credentials
        .principal,
    ).toMatchObject({ type: 'service', subject: 'plugin:devex' });

    // an entity added shows within two periods of the answers of which entities exist
    held.add('component:default/gone');
    now.mockReturnValue(1_000_000 + ENTITY_TTL_MS + 1);
    await allowed.visibleTo(mockCredentials.user('user:default/alice'), refs);
    await new Promise(resolve => setImmediate(resolve));
    expect([
      ...(await allowed.visibleTo(
        mockCredentials.user('user:default/bob'),
        refs,
      )),
    ]).toEqual(refs);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);

    const denied = new EntityCatalog(
      catalog,
      mockServices.auth(),
      catalogReads(AuthorizeResult.DENY),
    );
    expect((await denied.visibleTo(mockCredentials.user(), refs)).size).toBe(0);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);
    now.mockRestore();
  });
});
