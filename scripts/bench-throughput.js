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
 * Usage: node scripts/bench-throughput.js   (BENCH_SECONDS=10 per request by default;
 * BENCH_ONLY=REGEX measures only the requests whose names match, beside the baseline, and
 * BENCH_USERS=guest only those users of the large data set, for a quicker look while working)
 *
 * With BENCH_DATASET=.data/large (the directory scripts/large-dataset.sh wrote), it starts the
 * backend on that data set instead, once per user: a member of a squad six levels deep (`guest`)
 * and a governance admin (`admin-1`), each signed in through the guest provider. Every GET the
 * tab and the page make is measured, on a component the squad owns, and judged:
 *
 *   bench large-DATABASE-USER-NAME: ratio R (p99 X ms, baseline Y ms) (goal >= 1.00, p99 no worse): ok
 */
const { spawn } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const autocannon = require('autocannon');
const { deepSquadComponent } = require('./large-dataset');

const PORT = Number(process.env.BENCH_PORT ?? 7037);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const ROUNDS = 5;
const base = `http://localhost:${PORT}`;
const DATASET = process.env.BENCH_DATASET && resolve(process.env.BENCH_DATASET);
/** BENCH_DEVEX_DB=sqlite: the data set's DevEx records in SQLite (see large-dataset.sh). */
const DEVEX_DB = process.env.BENCH_DEVEX_DB ?? 'default';
const ONLY = process.env.BENCH_ONLY && new RegExp(process.env.BENCH_ONLY);
const USERS = process.env.BENCH_USERS?.split(',') ?? ['admin-1', 'guest'];
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
    path: '/api/devex/scorecards?limit=20&entityRef=component%3Adefault%2Fhotpass',
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

/** A request's name in the printed lines: its path and query, without the page size. */
const nameOf = p => p.replace(/[?&]limit=\d+/, '').replace(/[/?=&]+/g, '-');

/** An instant as a query parameter. */
const iso = ms => encodeURIComponent(new Date(ms).toISOString());

/** A range from this minute, as the UI asks for one (days before and after). */
function minuteRange(before, after) {
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  const day = 86_400_000;
  return `from=${iso(minute - before * day)}&to=${iso(minute + after * day)}`;
}

/** The page's month view: this month, a week either side, as GovernanceCalendar asks. */
function monthRange() {
  const now = new Date();
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const week = 7 * 86_400_000;
  return `from=${iso(start - week)}&to=${iso(end + week)}`;
}

/**
 * Every GET the tab, the page and forum mode make on first view and as people open their
 * sections and steps, with the query the UI sends: the scorecards a page of 20 at a time
 * (useScorecards), the calendar's ranges from the minute (the upcoming card 120 days, the page's
 * 90 and its month view, the forum list 120 days either side), a forum's session, and the
 * experiments its decision forms offer (useExperimentChoices). A forum step's sections are the
 * page's requests (success measures, anomalies, scorecards, backlog, risks).
 */
function everyRequest(entityRef, forumOccurrenceId) {
  const e = `entityRef=${encodeURIComponent(entityRef)}`;
  const tab = [
    'summary',
    'action-items',
    'scorecards?limit=20',
    'sync/overview',
    ['calendar-occurrences', `calendar/occurrences?${minuteRange(0, 120)}`],
    'blockers',
    'risks',
    'anomalies',
    'waivers',
    'backlog',
    'runbooks/status',
  ].map(p => {
    const [name, path] = Array.isArray(p) ? p : [nameOf(p), p];
    return {
      name: `tab-${name}`,
      path: `/api/devex/${path}${path.includes('?') ? '&' : '?'}${e}`,
    };
  });
  const page = [
    'summary',
    'action-items?mine=true',
    'action-items?mine=false&overdue=true',
    'scorecards?limit=20',
    ['calendar-upcoming', `calendar/occurrences?${minuteRange(0, 90)}`],
    ['calendar-month', `calendar/occurrences?${monthRange()}`],
    'success-measures',
    'backlog',
    'risks',
    'blockers',
    'anomalies',
    'waivers',
    'sync/portfolio',
    'sync/runs',
    'pulse/current',
    'pulse/trend',
    'metric-sources',
    'calendar/verification-windows',
  ].map(p => {
    const [name, path] = Array.isArray(p) ? p : [nameOf(p), p];
    return { name: `page-${name}`, path: `/api/devex/${path}` };
  });
  const forum = [
    {
      name: 'forum-list',
      path: `/api/devex/calendar/occurrences?${minuteRange(120, 120)}`,
    },
    ...(forumOccurrenceId
      ? [
          {
            name: 'forum-session',
            path: `/api/devex/forums/${encodeURIComponent(forumOccurrenceId)}`,
          },
        ]
      : []),
    { name: 'forum-experiments', path: '/api/devex/experiments?limit=100' },
  ];
  return [requests[0], ...tab, ...page, ...forum];
}

/**
 * The next monthly sync, opened as a forum when the user may run one (admin-1, benched first):
 * its id, for the forum's requests.
 */
async function openNextMonthlySync(token) {
  const headers = {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  };
  const res = await fetch(
    `${base}/api/devex/calendar/occurrences?${minuteRange(120, 120)}`,
    { headers },
  );
  const { occurrences } = await res.json();
  const next = occurrences.find(
    o =>
      o.type === 'monthly_sync' &&
      o.record?.status !== 'held' &&
      Date.parse(o.end) >= Date.now(),
  );
  if (!next) return undefined;
  await fetch(`${base}/api/devex/forums`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ occurrenceId: next.id }),
  });
  return next.id;
}

/** Where the data set keeps the DevEx plugin's records: sqlite or postgresql. */
function devexDatabase() {
  if (DEVEX_DB === 'sqlite') return 'sqlite';
  const config = readFileSync(join(DATASET, 'app-config.large.yaml'), 'utf8');
  return /client: pg/.test(config) ? 'postgresql' : 'sqlite';
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function startBackend(dir, user = 'guest') {
  const config = join(dir, 'bench.yaml');
  writeFileSync(
    config,
    [
      'backend:',
      `  baseUrl: ${base}`,
      '  listen:',
      `    port: ${PORT}`,
      ...(DATASET
        ? [
            'auth:',
            '  providers:',
            '    guest:',
            `      userEntityRef: user:default/${user}`,
            // the data set's owners are thousands of users: their reminders and digest are
            // built and sent as ever, but not handed each to a process of the demo's stand-in
            // for sendmail (scripts/mail-to-folder.js), which the portal's requests would share
            // the machine with
            'notifications:',
            '  processors:',
            '    email:',
            '      transportConfig:',
            '        transport: stream',
          ]
        : [
            '  database:',
            '    client: better-sqlite3',
            '    connection:',
            `      directory: ${join(dir, 'sqlite')}`,
          ]),
      '',
    ].join('\n'),
  );
  const configs = ['--config', '../../app-config.yaml'];
  if (DATASET) configs.push('--config', join(DATASET, 'app-config.large.yaml'));
  // the DevEx plugin's database in the data set's SQLite files, the catalog where it was read
  if (DATASET && DEVEX_DB === 'sqlite')
    configs.push('--config', join(DATASET, 'app-config.devex-sqlite.yaml'));
  const child = spawn('yarn', ['start', ...configs, '--config', config], {
    cwd: join(root, 'packages/backend'),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', d => (log += d));
  child.stderr.on('data', d => (log += d));
  // a backend that fails to start ends the wait, however long the catalog may take
  let exited = false;
  child.on('exit', () => (exited = true));
  // the large data set's catalog may still be reading its 16,000 entities after a first start
  const seconds = DATASET ? 7200 : 240;
  for (let i = 0; i < seconds && !exited; i++) {
    await sleep(1000);
    try {
      const res = await fetch(`${base}/api/auth/guest/refresh?env=development`);
      if (res.ok) {
        const token = (await res.json()).backstageIdentity.token;
        const headers = { Authorization: `Bearer ${token}` };
        let entityRef = 'component:default/hotpass';
        if (DATASET) {
          const owned = await deepSquadComponent(base, token);
          if (!owned) continue;
          entityRef = owned;
        }
        // ready once the entities are in the catalog (the tab's summary finds its entity)
        const probe = await fetch(
          `${base}/api/devex/summary?entityRef=${encodeURIComponent(
            entityRef,
          )}`,
          { headers },
        );
        if (probe.ok) return { child, token, entityRef };
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

/**
 * Waits while an evidence sync run is under way (at most its 10 minutes' timeout): a backend's
 * first start runs one at once, which at the large size reads 500,000 remediation items for a
 * minute or two, on SQLite's synchronous driver in the event loop the requests share, and would
 * weigh on whichever requests were measured meanwhile. It runs every 30 minutes.
 */
async function syncSettled(token) {
  const headers = { Authorization: `Bearer ${token}` };
  for (let i = 0; i < 300; i++) {
    const res = await fetch(`${base}/api/devex/sync/runs`, { headers });
    const { items = [] } = res.ok ? await res.json() : {};
    if (!items.some(r => !r.finishedAt)) return;
    await sleep(2000);
  }
}

/** Benchmarks the requests against one started backend; prints the table and the judged lines. */
async function bench(token, every, label, judged) {
  const list = every.filter((r, i) => i === 0 || !ONLY || ONLY.test(r.name));
  // the first sync and the scheduler's first runs settle, then everything is warmed up
  await sleep(10_000);
  if (DATASET) await syncSettled(token);
  for (const r of list) await run(r.path, token, DATASET ? 2 : 5);
  // each request's time in rounds, the order reversed every other round, so that what the
  // machine does meanwhile weighs on the baseline and the others alike
  const totals = list.map(() => tally());
  for (let round = 0; round < ROUNDS; round++) {
    const order = [...list.keys()];
    if (round % 2) order.reverse();
    for (const i of order) {
      await run(list[i].path, token, SECONDS / ROUNDS, totals[i]);
    }
  }
  const results = list.map((r, i) => ({
    ...r,
    rps: totals[i].latencies.length / totals[i].seconds,
    p99: totals[i].latencies.length
      ? Number(p99(totals[i].latencies).toFixed(1))
      : Infinity,
    errors: totals[i].errors,
  }));
  const baseline = results[0];
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} rounds, ${label}`,
  );
  console.log(
    'request                               req/s    p99 ms   ratio   non-2xx',
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(36)} ${r.rps.toFixed(0).padStart(6)} ${String(
        r.p99,
      ).padStart(8)} ${(r.rps / baseline.rps).toFixed(2).padStart(7)} ${String(
        r.errors,
      ).padStart(8)}`,
    );
  }
  results.forEach((r, i) => {
    if (Object.keys(totals[i].statuses).length) {
      console.log(`${r.name} answered ${JSON.stringify(totals[i].statuses)}`);
    }
  });
  for (const r of results.slice(1).filter(judged)) {
    const ratio = r.rps / baseline.rps;
    const ok = ratio >= 1 && r.p99 <= baseline.p99 && r.errors === 0;
    console.log(
      `bench ${r.benchName}: ratio ${ratio.toFixed(2)} (p99 ${
        r.p99
      } ms, baseline ${baseline.p99} ms) (goal >= 1.00, p99 no worse): ${
        ok ? 'ok' : 'falls short'
      }`,
    );
  }
}

async function main() {
  // the admin first: it opens the forum both runs read
  for (const user of DATASET ? USERS : ['guest']) {
    const dir = mkdtempSync(join(tmpdir(), 'devex-bench-http-'));
    const { child, token, entityRef } = await startBackend(dir, user);
    try {
      if (DATASET) {
        const forum = await openNextMonthlySync(token);
        await bench(
          token,
          everyRequest(entityRef, forum).map(r => ({
            ...r,
            benchName: `large-${devexDatabase()}-${user}-${r.name}`,
          })),
          `the large data set (${DATASET}, the DevEx records on ${devexDatabase()}), signed in as user:default/${user}, the tab on ${entityRef}`,
          () => true,
        );
      } else {
        await bench(
          token,
          requests.map(r => ({ ...r, benchName: `throughput-${r.name}` })),
          'backend started as the README does (SQLite, demo data)',
          r => r.firstView,
        );
      }
    } finally {
      process.kill(-child.pid, 'SIGTERM');
      await sleep(2000);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
