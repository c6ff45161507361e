import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { EntityCatalog, VISIBILITY_TTL_MS } from './EntityCatalog';

describe('EntityCatalog', () => {
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'hotpass', namespace: 'default' },
  };

  it('asks the catalog once per caller and entity within the reuse time, and renews it after', async () => {
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
    const entities = new EntityCatalog(catalog, mockServices.auth());
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
    now.mockRestore();
  });
});
