import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { EntityCatalog, VISIBILITY_TTL_MS } from './EntityCatalog';

describe('EntityCatalog', () => {
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'hotpass', namespace: 'default' },
  };

  it('asks the catalog once per caller and entity within the reuse time, and again after it', async () => {
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: jest.fn(async ({ entityRefs }: any) => ({
        items: entityRefs.map((ref: string) =>
          ref === 'component:default/hotpass' ? entity : undefined,
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

    now.mockReturnValue(1_000_000 + VISIBILITY_TTL_MS + 1);
    await entities.visibleTo(alice, refs);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(3);
    now.mockRestore();
  });
});
