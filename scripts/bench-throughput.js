#!/usr/bin/env node
/*
 * Throughput of the requests the DevEx tab and page make, against the notifications plugin's list
 * as the baseline, in one run, 10 connections each (autocannon), each request's 10 s in 5 rounds
 * of 2 s (the order reversed every other round). Starts the portal's backend as the README does
 * (demo data, embedded SQLite), on its own port and data directory, signs in as the guest, and
 * ends with one line per first-view request:
 *
 *   bench throughput-NAME: ratio R (p99 X ms, baseline Y ms) (goal >= 1.00, p99 no worse): ok
 *
 * Usage: node scripts/bench-throughput.js   (BENCH_SECONDS=10 per request by default)
 */
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const autocannon = require('autocannon');

const PORT = Number(process.env.BENCH_PORT ?? 7037);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const ROUNDS = 5;
const base = `http://localhost:${PORT}`;
const root = join(__dirname, '..');

const requests = [
  { name: 'baseline', path: '/api/notifications/notifications?limit=50' },
  {
    name: 'tab-summary',
    path: '/api/devex/summary?entityRef=component%3Adefault%2Fhotpass',
    firstView: true,
  },
  { name: 'page-summary', path: '/api/devex/summary', firstView: true },
  {
    name: 'tab-action-items',
    path: '/api/devex/action-items?entityRef=component%3Adefault%2Fhotpass',
  },
  {
    name: 'tab-scorecards',
    path: '/api/devex/scorecards?entityRef=component%3Adefault%2Fhotpass',
  },
  {
    name: 'tab-sync-overview',
    path: '/api/devex/sync/overview?entityRef=component%3Adefault%2Fhotpass',
  },
  {
    name: 'tab-calendar',
    path: '/api/devex/calendar/occurrences?entityRef=component%3Adefault%2Fhotpass',
  },
  { name: 'page-success-measures', path: '/api/devex/success-measures' },
];

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function startBackend(dir) {
  const config = join(dir, 'bench.yaml');
  writeFileSync(
    config,
    [
      'backend:',
      `  baseUrl: ${base}`,
      '  listen:',
      `    port: ${PORT}`,
      '  database:',
      '    client: better-sqlite3',
      '    connection:',
      `      directory: ${join(dir, 'sqlite')}`,
      '',
    ].join('\n'),
  );
  const child = spawn(
    'yarn',
    ['start', '--config', '../../app-config.yaml', '--config', config],
    {
      cwd: join(root, 'packages/backend'),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  child.stdout.on('data', d => (log += d));
  child.stderr.on('data', d => (log += d));
  for (let i = 0; i < 240; i++) {
    await sleep(1000);
    try {
      const res = await fetch(`${base}/api/auth/guest/refresh?env=development`);
      if (res.ok) {
        const token = (await res.json()).backstageIdentity.token;
        // ready once the demo's entities are in the catalog (the tab's summary finds its entity)
        const probe = await fetch(`${base}${requests[1].path}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        if (probe.ok) return { child, token };
      }
    } catch {
      // not listening yet
    }
  }
  throw new Error(`The backend did not start:\n${log.slice(-3000)}`);
}

/** A request's figures across its runs: 2xx latencies (ms), seconds run, errors, non-2xx by status. */
const tally = () => ({ latencies: [], seconds: 0, errors: 0, statuses: {} });

/** One autocannon run of a request, added to its tally. */
function run(path, token, seconds, into = tally()) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: `${base}${path}`,
        connections: CONNECTIONS,
        duration: seconds,
        headers: { Authorization: `Bearer ${token}` },
      },
      (error, result) => {
        if (error) return reject(error);
        into.errors += result.errors;
        into.seconds += Number(process.hrtime.bigint() - start) / 1e9;
        return resolve(into);
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) {
        into.latencies.push(responseTime);
      } else {
        into.errors++;
        into.statuses[statusCode] = (into.statuses[statusCode] ?? 0) + 1;
      }
    });
  });
}

const p99 = xs => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)
  ];
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'devex-bench-http-'));
  const { child, token } = await startBackend(dir);
  try {
    // the demo's first sync and the scheduler's first runs settle, then everything is warmed up
    await sleep(10_000);
    for (const r of requests) await run(r.path, token, 5);
    // each request's time in rounds, the order reversed every other round, so that what the
    // machine does meanwhile weighs on the baseline and the others alike
    const totals = requests.map(() => tally());
    for (let round = 0; round < ROUNDS; round++) {
      const order = [...requests.keys()];
      if (round % 2) order.reverse();
      for (const i of order) {
        await run(requests[i].path, token, SECONDS / ROUNDS, totals[i]);
      }
    }
    const results = requests.map((r, i) => ({
      ...r,
      rps: totals[i].latencies.length / totals[i].seconds,
      p99: Number(p99(totals[i].latencies).toFixed(1)),
      errors: totals[i].errors,
    }));
    const baseline = results[0];
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} rounds, backend started as the README does (SQLite, demo data)`,
    );
    console.log('request                 req/s    p99 ms   ratio   non-2xx');
    for (const r of results) {
      console.log(
        `${r.name.padEnd(22)} ${r.rps.toFixed(0).padStart(6)} ${String(
          r.p99,
        ).padStart(8)} ${(r.rps / baseline.rps)
          .toFixed(2)
          .padStart(7)} ${String(r.errors).padStart(8)}`,
      );
    }
    results.forEach((r, i) => {
      if (Object.keys(totals[i].statuses).length) {
        console.log(`${r.name} answered ${JSON.stringify(totals[i].statuses)}`);
      }
    });
    for (const r of results.filter(x => x.firstView)) {
      const ratio = r.rps / baseline.rps;
      const ok = ratio >= 1 && r.p99 <= baseline.p99 && r.errors === 0;
      console.log(
        `bench throughput-${r.name}: ratio ${ratio.toFixed(2)} (p99 ${
          r.p99
        } ms, baseline ${baseline.p99} ms) (goal >= 1.00, p99 no worse): ${
          ok ? 'ok' : 'falls short'
        }`,
      );
    }
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await sleep(2000);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
