import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  FourKeysMetricSource,
  PrefectMetricSource,
  SupplyChainMetricSource,
} from './sources';

const now = new Date('2026-11-25T10:00:00Z');

/** A local server answering like Prefect's REST API, a Four Keys CSV export and a supply-chain summary. */
function startFixtureServer(): Promise<{
  server: Server;
  base: string;
  requests: Array<{ url: string; body: string; auth?: string }>;
}> {
  const requests: Array<{ url: string; body: string; auth?: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', c => (body += c));
    req.on('end', () => {
      requests.push({ url: req.url!, body, auth: req.headers.authorization });
      if (req.url === '/api/flow_runs/filter' && req.method === 'POST') {
        res.setHeader('Content-Type', 'application/json');
        res.end(
          JSON.stringify([
            ...Array.from({ length: 27 }, (_, i) => ({
              id: `c${i}`,
              state_type: 'COMPLETED',
              state_name: 'Completed',
              total_run_time: 60 + i * 3,
            })),
            {
              id: 'f1',
              state_type: 'FAILED',
              state_name: 'Failed',
              total_run_time: 30,
            },
            {
              id: 'f2',
              state_type: 'FAILED',
              state_name: 'Failed',
              total_run_time: 31,
            },
            {
              id: 'x1',
              state_type: 'CRASHED',
              state_name: 'Crashed',
              total_run_time: 5,
            },
            {
              id: 'r1',
              state_type: 'RUNNING',
              state_name: 'Running',
              total_run_time: 12,
            },
          ]),
        );
      } else if (req.url === '/fourkeys.csv') {
        res.setHeader('Content-Type', 'text/csv');
        res.end(
          'date,deployment_frequency,lead_time_hours,change_failure_rate,time_to_restore_hours\n2026-11-17,3,52.5,0.12,6\n2026-11-24,4,48,0.10,5\n',
        );
      } else if (req.url === '/supply-chain.json') {
        res.setHeader('Content-Type', 'application/json');
        res.end(
          JSON.stringify({
            window: '2026-11',
            buildsTotal: 22,
            buildsWithSbom: 22,
            buildsWithProvenance: 20,
          }),
        );
      } else {
        res.statusCode = 503;
        res.end('unavailable');
      }
    });
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}`, requests });
    }),
  );
}

describe('metric sources', () => {
  let fixture: Awaited<ReturnType<typeof startFixtureServer>>;
  beforeAll(async () => {
    fixture = await startFixtureServer();
  });
  afterAll(() => new Promise(resolve => fixture.server.close(resolve)));

  const urlReader = () =>
    UrlReaders.default({
      config: new ConfigReader({
        backend: { reading: { allow: [{ host: new URL(fixture.base).host }] } },
      }),
      logger: mockServices.logger.mock(),
    });

  // 27 completed runs of 60..138 s: p95 = 134.1 s = 2.24 min; 27 of 30 finished runs completed = 90%
  it('reads Prefect flow runs: runs by state, success rate and p95 duration, with the API key', async () => {
    const source = new PrefectMetricSource([
      {
        name: 'hotpass-refinement',
        baseUrl: `${fixture.base}/api`,
        apiKey: 'pnu_test',
        deploymentId: 'dep-1',
        entityRef: 'component:default/prefect-pipelines',
        windowDays: 30,
      },
    ]);
    const measurements = await source.collect({ now });
    expect(measurements).toEqual([
      {
        metricKey: 'pipeline.runs_completed',
        entityRef: 'component:default/prefect-pipelines',
        value: 27,
        measuredAt: now.toISOString(),
      },
      {
        metricKey: 'pipeline.runs_failed',
        entityRef: 'component:default/prefect-pipelines',
        value: 2,
        measuredAt: now.toISOString(),
      },
      {
        metricKey: 'pipeline.runs_crashed',
        entityRef: 'component:default/prefect-pipelines',
        value: 1,
        measuredAt: now.toISOString(),
      },
      {
        metricKey: 'pipeline.success_rate',
        entityRef: 'component:default/prefect-pipelines',
        value: 90,
        measuredAt: now.toISOString(),
      },
      {
        metricKey: 'pipeline.p95_duration',
        entityRef: 'component:default/prefect-pipelines',
        value: 2.24,
        measuredAt: now.toISOString(),
      },
    ]);
    const request = fixture.requests.find(
      r => r.url === '/api/flow_runs/filter',
    )!;
    expect(request.auth).toBe('Bearer pnu_test');
    expect(JSON.parse(request.body)).toMatchObject({
      deployments: { id: { any_: ['dep-1'] } },
      flow_runs: { start_time: { after_: '2026-10-26T10:00:00.000Z' } },
    });
  });

  it('fails visibly when the Prefect API is unreachable', async () => {
    const source = new PrefectMetricSource([
      {
        name: 'gone',
        baseUrl: `${fixture.base}/down`,
        deploymentId: 'x',
        entityRef: 'component:default/p',
        windowDays: 30,
      },
    ]);
    await expect(source.collect({ now })).rejects.toThrow('Prefect gone: 503');
  });

  it('reads the four keys from a Four Keys CSV export through the urlReader', async () => {
    const measurements = await new FourKeysMetricSource(
      urlReader(),
      `${fixture.base}/fourkeys.csv`,
      null,
    ).collect();
    expect(measurements).toHaveLength(8);
    expect(
      measurements.filter(m => m.measuredAt.startsWith('2026-11-24')),
    ).toEqual([
      {
        metricKey: 'dora.deployment_frequency',
        entityRef: null,
        value: 4,
        measuredAt: '2026-11-24T00:00:00.000Z',
      },
      {
        metricKey: 'dora.lead_time',
        entityRef: null,
        value: 48,
        measuredAt: '2026-11-24T00:00:00.000Z',
      },
      {
        metricKey: 'dora.change_failure_rate',
        entityRef: null,
        value: 10,
        measuredAt: '2026-11-24T00:00:00.000Z',
      },
      {
        metricKey: 'dora.mttr',
        entityRef: null,
        value: 5,
        measuredAt: '2026-11-24T00:00:00.000Z',
      },
    ]);
  });

  it('reads supply-chain summaries per entity, and fails on a missing one', async () => {
    const ok = await new SupplyChainMetricSource(urlReader(), [
      {
        entityRef: 'component:default/hotpass',
        url: `${fixture.base}/supply-chain.json`,
      },
    ]).collect({ now });
    expect(ok.map(m => [m.metricKey, m.value])).toEqual([
      ['supply_chain.sbom_coverage', 100],
      ['supply_chain.provenance_coverage', 90.9],
    ]);
    await expect(
      new SupplyChainMetricSource(urlReader(), [
        {
          entityRef: 'component:default/hotpass',
          url: `${fixture.base}/nope.json`,
        },
      ]).collect({ now }),
    ).rejects.toThrow();
  });
});
