import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogDashboards } from './entityDashboards';

const entity = (name: string, dashboards: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name,
    namespace: 'default',
    annotations: { 'devex.io/dashboards': dashboards },
  },
  spec: {},
});

const entities = [
  entity(
    'governance',
    'SPACE=https://grafana.example.com/d/space, Four Keys=http://fourkeys.example.com/',
  ),
  entity(
    'rogue',
    'Click me=javascript:alert(1), Data=data:text/html;base64,PHA+, Relative=/catalog, Elsewhere=https://evil.example.net/x',
  ),
];

describe('dashboards from the catalog', () => {
  const dashboardsOf = (allowedHosts?: string[]) => {
    const logger = mockServices.logger.mock();
    const read = catalogDashboards(
      catalogServiceMock({ entities }),
      mockServices.auth(),
      { logger, allowedHosts },
    );
    return { read, logger };
  };

  it('links only http(s) URLs and logs the others', async () => {
    const { read, logger } = dashboardsOf();
    expect((await read()).map(d => d.url)).toEqual([
      'https://grafana.example.com/d/space',
      'http://fourkeys.example.com/',
      'https://evil.example.net/x',
    ]);
    expect(logger.warn).toHaveBeenCalledTimes(3);
    expect(logger.warn).toHaveBeenCalledWith(
      'Dashboard "rogue: Click me" of resource:default/rogue left out of the digest: not an http(s) URL',
    );
  });

  it('links only the hosts of devex.digest.dashboardHosts when it is set', async () => {
    const { read, logger } = dashboardsOf(['grafana.example.com']);
    expect(await read()).toEqual([
      {
        title: 'governance: SPACE',
        url: 'https://grafana.example.com/d/space',
      },
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Dashboard "rogue: Elsewhere" of resource:default/rogue left out of the digest: evil.example.net is not in devex.digest.dashboardHosts',
    );
  });
});
