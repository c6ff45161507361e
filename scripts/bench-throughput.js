#!/usr/bin/env node
/*
 * Throughput of the requests the DevEx tab and page make, against the notifications plugin's list
 * as the baseline, in one run, 10 connections each (autocannon). Starts the portal's backend as the
 * README does (demo data, embedded SQLite), on its own port and data directory, signs in as the
 * guest, and ends with one line per first-view request:
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
        const probe = await fetch(`${base}/api/devex/summary`, {
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

function run(path, token) {
  return autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { Authorization: `Bearer ${token}` },
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'devex-bench-http-'));
  const { child, token } = await startBackend(dir);
  try {
    // the demo's first sync and the scheduler's first runs settle, then everything is warmed up
    await sleep(10_000);
    for (const r of requests) await run(r.path, token);
    const results = [];
    for (const r of requests) {
      const out = await run(r.path, token);
      results.push({
        ...r,
        rps: out.requests.average,
        p99: out.latency.p99,
        errors: out.errors + out.non2xx,
      });
    }
    const baseline = results[0];
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s each, backend started as the README does (SQLite, demo data)`,
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
