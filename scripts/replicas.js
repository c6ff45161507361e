#!/usr/bin/env node
/*
 * Several production backends on one PostgreSQL behind HAProxy, and the fault run.
 * Run through scripts/replicas.sh, which builds the production layout and installs HAProxy.
 *
 *   node scripts/replicas.js start        three replicas on :7101-7103, HAProxy on :7100; Ctrl-C stops
 *   node scripts/replicas.js fault-run    the same, then a steady mixed load of reads and writes while
 *                                         a replica is killed (SIGKILL) and restarted and PostgreSQL
 *                                         is restarted; prints what was acknowledged and what was found
 *
 * Everything listens on 127.0.0.1; the databases are named devex_replicas_* (dropped at the start).
 * The run's users sign in with tokens of the run's own: it lists a public key in the auth plugin's
 * key table (the table through which every replica's auth plugin publishes its keys) and signs
 * user tokens with it, as Backstage's auth plugin signs them after a sign-in.
 */
const { spawn, execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');

const root = path.join(__dirname, '..');
const production = path.join(root, '.production');
const dir = path.join(root, '.data', 'replicas');
const REPLICAS = Number(process.env.REPLICAS ?? 3);
const LB_PORT = 7100;
const PREFIX = 'devex_replicas_';
const PG = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
  password: process.env.POSTGRES_PASSWORD ?? '',
};
const lb = `http://127.0.0.1:${LB_PORT}`;
const portOf = i => LB_PORT + 1 + i;
const sleep = ms => new Promise(r => setTimeout(r, ms));
const log = (...args) => console.log(`replicas: ${args.join(' ')}`);

// The run's schedules: the evidence sync every 20 s, so a run of minutes holds many periods.
const SYNC_PERIOD_S = 20;

async function sql(database, text, params = []) {
  const client = new Client({ ...PG, database });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function dropDatabases() {
  const names = (
    await sql(
      'postgres',
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${PREFIX}%`],
    )
  ).map(r => r.datname);
  for (const name of names)
    await sql('postgres', `DROP DATABASE "${name}" WITH (FORCE)`);
}

function writeConfigs() {
  fs.mkdirSync(dir, { recursive: true });
  const sealingKey = crypto.randomBytes(48).toString('base64');
  fs.writeFileSync(
    path.join(dir, 'app-config.replicas.yaml'),
    [
      '# Written by scripts/replicas.js: what every replica shares.',
      'app:',
      `  baseUrl: ${lb}`,
      'backend:',
      '  database:',
      `    prefix: ${PREFIX}`,
      'auth:',
      '  providers:',
      '    guest:',
      '      userEntityRef: user:default/guest',
      '      dangerouslyAllowOutsideDevelopment: true',
      'catalog:',
      '  locations:',
      '    # the demo organisation and entities, by absolute path (the layout runs elsewhere)',
      '    - type: file',
      `      target: ${path.join(root, 'examples/entities.yaml')}`,
      '    - type: file',
      `      target: ${path.join(root, 'examples/org.yaml')}`,
      '      rules:',
      '        - allow: [User, Group]',
      'devex:',
      '  pulse:',
      '    # the same on every replica: any replica completes a batch another acknowledged',
      `    sealingKeys: ['${sealingKey}']`,
      '  sync:',
      '    schedule:',
      `      frequency: PT${SYNC_PERIOD_S}S`,
      '      timeout: PT1M',
      '',
    ].join('\n'),
  );
  for (let i = 0; i < REPLICAS; i++) {
    // each replica calls the other plugins on itself; clients come through the load balancer
    fs.writeFileSync(
      path.join(dir, `replica-${i + 1}.yaml`),
      [
        'backend:',
        `  baseUrl: http://127.0.0.1:${portOf(i)}`,
        `  listen: 127.0.0.1:${portOf(i)}`,
        '',
      ].join('\n'),
    );
  }
  const haproxy = [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // a request whose connection was refused was never sent: safe to send to another replica
    '  retries 2',
    '  option redispatch',
    '  retry-on conn-failure',
    `frontend portal`,
    `  bind 127.0.0.1:${LB_PORT}`,
    '  default_backend replicas',
    'backend replicas',
    '  balance roundrobin',
    '  option httpchk GET /.backstage/health/v1/readiness',
    '  http-response set-header X-Devex-Replica %s',
    ...Array.from(
      { length: REPLICAS },
      (_, i) =>
        `  server r${i + 1} 127.0.0.1:${portOf(
          i,
        )} check inter 500 fall 2 rise 2`,
    ),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'haproxy.cfg'), haproxy);
}

const replicas = [];
function startReplica(i) {
  const out = fs.openSync(path.join(dir, `replica-${i + 1}.log`), 'a');
  const child = spawn(
    'node',
    [
      'packages/backend',
      '--config',
      'app-config.yaml',
      '--config',
      'app-config.production.yaml',
      '--config',
      path.join(dir, 'app-config.replicas.yaml'),
      '--config',
      path.join(dir, `replica-${i + 1}.yaml`),
    ],
    {
      cwd: production,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        POSTGRES_HOST: PG.host,
        POSTGRES_PORT: String(PG.port),
        POSTGRES_USER: PG.user,
        POSTGRES_PASSWORD: PG.password,
      },
      stdio: ['ignore', out, out],
      detached: true,
    },
  );
  replicas[i] = child;
  return child;
}

async function ready(url, seconds, child) {
  for (let s = 0; s < seconds * 2; s++) {
    if (child && child.exitCode !== null) return false;
    try {
      if ((await fetch(`${url}/.backstage/health/v1/readiness`)).ok)
        return true;
    } catch {
      /* not yet */
    }
    await sleep(500);
  }
  return false;
}

let haproxy;
async function startAll() {
  if (!fs.existsSync(path.join(production, 'packages/backend'))) {
    throw new Error('no production layout: run bash scripts/replicas.sh');
  }
  await dropDatabases();
  writeConfigs();
  // the first replica migrates the databases alone; the others start once it is ready
  startReplica(0);
  if (!(await ready(`http://127.0.0.1:${portOf(0)}`, 300, replicas[0])))
    throw new Error(`replica 1 did not start: see ${dir}/replica-1.log`);
  for (let i = 1; i < REPLICAS; i++) startReplica(i);
  for (let i = 1; i < REPLICAS; i++)
    if (!(await ready(`http://127.0.0.1:${portOf(i)}`, 300, replicas[i])))
      throw new Error(`replica ${i + 1} did not start: see its log in ${dir}`);
  haproxy = spawn('haproxy', ['-db', '-f', path.join(dir, 'haproxy.cfg')], {
    stdio: [
      'ignore',
      fs.openSync(path.join(dir, 'haproxy.log'), 'a'),
      'inherit',
    ],
    detached: true,
  });
  if (!(await ready(lb, 30))) throw new Error('HAProxy did not answer');
  log(
    `${REPLICAS} replicas on :${portOf(0)}-${portOf(
      REPLICAS - 1,
    )}, HAProxy on ${lb}`,
  );
}

function stopAll() {
  for (const child of [...replicas, haproxy]) {
    try {
      if (child && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
}

// ---- the run's identities -------------------------------------------------------------------

const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
});
const kid = `devex-fault-run-${crypto.randomUUID()}`;
const b64url = value => Buffer.from(value).toString('base64url');

async function listKey() {
  const jwk = {
    ...publicKey.export({ format: 'jwk' }),
    kid,
    alg: 'ES256',
    use: 'sig',
  };
  await sql(
    `${PREFIX}auth`,
    'INSERT INTO signing_keys (kid, key) VALUES ($1, $2)',
    [kid, JSON.stringify(jwk)],
  );
}

const sign = text =>
  crypto
    .sign('sha256', Buffer.from(text), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    })
    .toString('base64url');

/** A user token as the auth plugin issues one, with its proof for the limited token plugins derive. */
function tokenOf(userRef, groups) {
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + 3600;
  const limited = `${b64url(
    JSON.stringify({ typ: 'vnd.backstage.limited-user', alg: 'ES256', kid }),
  )}.${b64url(JSON.stringify({ sub: userRef, iat, exp }))}`;
  const header = b64url(
    JSON.stringify({ typ: 'vnd.backstage.user', alg: 'ES256', kid }),
  );
  const payload = b64url(
    JSON.stringify({
      iss: `${lb}/api/auth`,
      sub: userRef,
      ent: [userRef, ...groups],
      aud: 'backstage',
      iat,
      exp,
      uip: sign(limited),
    }),
  );
  return `${header}.${payload}.${sign(`${header}.${payload}`)}`;
}

/**
 * Signs a user in as the auth plugin would: their user info (what plugins read for a limited
 * token) in the auth plugin's table, and a token.
 */
async function signIn(userRef, groups) {
  const ent = [userRef, ...groups];
  await sql(
    `${PREFIX}auth`,
    `INSERT INTO user_info (user_entity_ref, user_info, updated_at, created_at)
     VALUES ($1, $2, now(), now())
     ON CONFLICT (user_entity_ref) DO UPDATE SET user_info = EXCLUDED.user_info, updated_at = now()`,
    [userRef, JSON.stringify({ claims: { sub: userRef, ent } })],
  );
  return tokenOf(userRef, groups);
}

// ---- the fault run --------------------------------------------------------------------------

const ADMINS = 'group:default/developer-productivity-guild';
const ENTITY = 'component:default/hotpass';
const USERS = 1000; // pulse respondents, 5 to a squad

async function faultRun() {
  await startAll();
  await listKey();
  const admin = await signIn('user:default/fault-admin', [ADMINS]);
  const respondents = [];
  for (let i = 0; i < USERS; i++)
    respondents.push(
      await signIn(`user:default/fault-${String(i).padStart(3, '0')}`, [
        `group:default/fault-squad-${String(Math.floor(i / 5)).padStart(
          2,
          '0',
        )}`,
      ]),
    );
  const respondent = i => respondents[i];

  const phases = [];
  let phase = 'steady';
  const setPhase = name => {
    phase = name;
    phases.push({ name, at: Date.now() });
    log(`phase ${name}`);
  };
  const outcomes = []; // { phase, op, status, replica }
  async function call(method, url, token, body) {
    let status = 0;
    let replica = 'none';
    let json;
    try {
      const res = await fetch(`${lb}/api/devex${url}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      status = res.status;
      replica = res.headers.get('x-devex-replica') ?? 'haproxy';
      json = await res.json().catch(() => undefined);
    } catch {
      status = 0; // no answer (a connection cut by the kill)
    }
    outcomes.push({
      phase,
      op: `${method} ${url.split('?')[0].replace(/[0-9a-f-]{36}/g, ':id')}`,
      status,
      replica,
    });
    return { status, json };
  }

  // the catalog has read the demo's entities
  for (let s = 0; ; s++) {
    const res = await fetch(
      `${lb}/api/catalog/entities/by-name/component/default/hotpass`,
      {
        headers: { Authorization: `Bearer ${admin}` },
      },
    );
    if (res.ok) break;
    if (s > 300) throw new Error(`the catalog never held ${ENTITY}`);
    await sleep(1000);
  }

  // the month's campaign
  const opened = await call('POST', '/pulse/campaigns', admin);
  const campaign =
    opened.json?.id ??
    (await call('GET', '/pulse/current', admin)).json?.campaign?.id;
  if (!campaign) throw new Error(`no pulse campaign (${opened.status})`);

  const acked = {
    actionItems: new Map(),
    statuses: new Map(),
    measurements: [],
    pulse: 0,
    blockers: [],
  };
  let nextUser = 0;
  let measurementSeq = 0;
  let blockerSeq = 0;
  const runId = crypto.randomUUID().slice(0, 8);
  const ops = [
    async () =>
      call('GET', `/summary?entityRef=${encodeURIComponent(ENTITY)}`, admin),
    async () =>
      call(
        'GET',
        `/action-items?entityRef=${encodeURIComponent(ENTITY)}&limit=20`,
        admin,
      ),
    async () => {
      const r = await call('POST', '/action-items', admin, {
        title: `Fault run ${runId} item ${acked.actionItems.size}`,
        entityRef: ENTITY,
        owner: ADMINS,
        dueDate: '2027-01-15',
      });
      if (r.status === 201) acked.actionItems.set(r.json.id, 1);
    },
    async () => {
      const open = [...acked.actionItems].filter(
        ([id]) => !acked.statuses.has(id),
      );
      if (!open.length) return;
      const [id, version] = open[Math.floor(Math.random() * open.length)];
      const r = await call('PATCH', `/action-items/${id}`, admin, {
        version,
        status: 'in_progress',
      });
      if (r.status === 200) acked.statuses.set(id, r.json.version);
    },
    async () => {
      const measuredAt = new Date(
        Date.UTC(2026, 0, 1) + measurementSeq++ * 60_000,
      ).toISOString();
      const r = await call('POST', '/measurements', admin, {
        measurements: [
          {
            metricKey: 'devex.onboarding_duration',
            entityRef: ENTITY,
            value: 60,
            measuredAt,
          },
        ],
      });
      if (r.status === 201) acked.measurements.push(measuredAt);
    },
    async () => {
      if (nextUser >= USERS) return;
      const i = nextUser++;
      const r = await call(
        'POST',
        `/pulse/campaigns/${campaign}/responses`,
        respondent(i),
        {
          answers: { q1: 1 + (i % 5), q2: 3, q3: 4, q4: 2, q5: 5 },
        },
      );
      if (r.status === 201) acked.pulse++;
    },
    async () => {
      const title = `Fault run ${runId} blocker ${blockerSeq++}`;
      const r = await call('POST', '/blockers', admin, {
        entityRef: ENTITY,
        title,
      });
      if (r.status === 201) acked.blockers.push(title);
    },
  ];
  const weights = [3, 3, 2, 2, 2, 2, 2];
  const pick = () => {
    let n = Math.random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < ops.length; i++)
      if ((n -= weights[i]) < 0) return ops[i];
    return ops[0];
  };

  // four client loops, each bounded in count and time
  const LOOPS = 4;
  const MAX_PER_LOOP = 3000;
  const RUN_SECONDS = Number(process.env.FAULT_RUN_SECONDS ?? 150);
  let stop = false;
  const deadline = Date.now() + RUN_SECONDS * 1000;
  const loops = Array.from({ length: LOOPS }, async () => {
    for (let n = 0; n < MAX_PER_LOOP && !stop && Date.now() < deadline; n++) {
      await pick()();
      await sleep(20);
    }
  });

  const loadStarted = Date.now();
  setPhase('steady');
  const faults = (async () => {
    await sleep(25_000);
    const victim = REPLICAS - 1;
    setPhase(`r${victim + 1} killed`);
    process.kill(-replicas[victim].pid, 'SIGKILL');
    await sleep(15_000);
    setPhase(`r${victim + 1} restarting`);
    startReplica(victim);
    await ready(`http://127.0.0.1:${portOf(victim)}`, 300);
    setPhase('all up');
    await sleep(20_000);
    setPhase('postgres restart');
    const cluster = fs.readdirSync('/etc/postgresql')[0];
    execFileSync('pg_ctlcluster', [
      '--skip-systemctl-redirect',
      cluster,
      'main',
      'restart',
      '-m',
      'fast',
    ]);
    await sleep(10_000);
    setPhase('after');
  })();
  await faults;
  await Promise.all(loops);
  stop = true;
  const loadEnded = Date.now();

  // let the delivery task send what is due, then read what the database holds
  log('load done; waiting for the outbox to drain');
  const devexDb = `${PREFIX}devex`;
  for (let s = 0; s < 180; s += 5) {
    const [{ n }] = await sql(
      devexDb,
      "SELECT count(*)::int AS n FROM devex_notification_outbox WHERE status = 'pending'",
    );
    if (n === 0) break;
    await sleep(5000);
  }
  // and for the pool's retry task (every minute) to write any full batch whose write failed
  await sleep(65_000);

  const ids = [...acked.actionItems.keys()];
  const foundItems = ids.length
    ? (
        await sql(
          devexDb,
          'SELECT id FROM devex_action_items WHERE id = ANY($1)',
          [ids],
        )
      ).length
    : 0;
  const patched = [...acked.statuses];
  const statusRows = patched.length
    ? await sql(
        devexDb,
        'SELECT id, version, status FROM devex_action_items WHERE id = ANY($1)',
        [patched.map(([id]) => id)],
      )
    : [];
  const statusesFound = statusRows.filter(
    r => r.status !== 'open' && r.version >= acked.statuses.get(r.id),
  ).length;
  const measuredAt = acked.measurements;
  const measurementsFound = measuredAt.length
    ? Number(
        (
          await sql(
            devexDb,
            "SELECT count(DISTINCT measured_at)::int AS n FROM devex_measurements WHERE metric_key = 'devex.onboarding_duration' AND entity_ref = $1 AND measured_at = ANY($2::timestamptz[])",
            [ENTITY, measuredAt],
          )
        )[0].n,
      )
    : 0;
  const [{ responses }] = await sql(
    devexDb,
    'SELECT count(*)::int AS responses FROM devex_pulse_responses WHERE campaign_id = $1',
    [campaign],
  );
  const [{ pooled }] = await sql(
    devexDb,
    'SELECT count(*)::int AS pooled FROM devex_pulse_pool WHERE campaign_id = $1',
    [campaign],
  );
  const [{ participants }] = await sql(
    devexDb,
    'SELECT count(*)::int AS participants FROM devex_pulse_participation WHERE campaign_id = $1',
    [campaign],
  );
  const blockersFound = acked.blockers.length
    ? (
        await sql(
          devexDb,
          'SELECT title FROM devex_blockers WHERE title = ANY($1)',
          [acked.blockers],
        )
      ).length
    : 0;

  // the evidence sync: scheduled runs per period of the schedule, from the first to the last
  const runs = await sql(
    devexDb,
    "SELECT started_at FROM devex_sync_runs WHERE trigger = 'schedule' AND started_at >= $1 AND started_at < $2 ORDER BY started_at",
    [new Date(loadStarted), new Date(loadEnded)],
  );
  const gaps = runs
    .slice(1)
    .map((r, i) => (r.started_at - runs[i].started_at) / 1000);
  const twice = gaps.filter(g => g < SYNC_PERIOD_S * 0.5).length;
  const periods = Math.floor((loadEnded - loadStarted) / 1000 / SYNC_PERIOD_S);

  // notifications: each blocker's in the outbox once, delivered once to each recipient
  const outbox = await sql(
    devexDb,
    'SELECT status, count(*)::int AS n FROM devex_notification_outbox GROUP BY status',
  );
  const notifications = await sql(
    `${PREFIX}notifications`,
    'SELECT title, "user", count(*)::int AS n FROM notification WHERE title LIKE $1 GROUP BY title, "user"',
    [`%Fault run ${runId} blocker%`],
  );
  const delivered = new Set(notifications.map(n => n.title));
  const duplicates = notifications.filter(n => n.n > 1).length;

  // 5xx per phase, and which replica answered them
  const byPhase = new Map();
  for (const o of outcomes) {
    const p = byPhase.get(o.phase) ?? {
      requests: 0,
      ok: 0,
      s5xx: {},
      none: 0,
      s4xx: 0,
    };
    p.requests++;
    if (o.status === 0) p.none++;
    else if (o.status >= 500) p.s5xx[o.replica] = (p.s5xx[o.replica] ?? 0) + 1;
    else if (o.status >= 400) p.s4xx++;
    else p.ok++;
    byPhase.set(o.phase, p);
  }

  console.log(
    '\n=== fault run: what was acknowledged, and what the database holds',
  );
  console.log(
    `replicas ${REPLICAS} behind HAProxy; ${
      outcomes.length
    } requests in ${Math.round(
      (loadEnded - loadStarted) / 1000,
    )} s from ${LOOPS} clients`,
  );
  const line = (name, ackedN, found) =>
    console.log(
      `fault-run ${name}: acknowledged ${ackedN}, found ${found}: ${
        ackedN === found ? 'ok' : 'LOST ' + (ackedN - found)
      }`,
    );
  line('action items created', ids.length, foundItems);
  line('action item status changes', patched.length, statusesFound);
  line('measurements', measuredAt.length, measurementsFound);
  line('blockers', acked.blockers.length, blockersFound);
  line('pulse answers (written + pooled)', acked.pulse, responses + pooled);
  console.log(
    `fault-run pulse: ${responses} responses written, ${participants} participants (batches of 5: ${
      participants % 5 === 0 ? 'ok' : 'NOT'
    }), ${pooled} pooled waiting for their cohort`,
  );
  console.log(
    `fault-run scheduled evidence sync (every ${SYNC_PERIOD_S} s): ${
      runs.length
    } runs in ${periods} periods, gaps ${
      gaps.length
        ? `${Math.min(...gaps).toFixed(1)}-${Math.max(...gaps).toFixed(1)} s`
        : 'none'
    }, ${twice} periods run twice: ${twice === 0 ? 'ok' : 'falls short'}`,
  );
  console.log(
    `fault-run outbox: ${outbox
      .map(o => `${o.n} ${o.status}`)
      .join(', ')}; blocker notifications delivered ${delivered.size} of ${
      acked.blockers.length
    }, ${duplicates} delivered twice to a user: ${
      duplicates === 0 && delivered.size === acked.blockers.length
        ? 'ok'
        : 'falls short'
    }`,
  );
  console.log(
    'fault-run per phase: requests, 2xx/3xx, 4xx, no answer, 5xx by the replica that answered',
  );
  for (const [name, p] of byPhase)
    console.log(
      `  ${name.padEnd(16)} ${String(p.requests).padStart(5)} ${String(
        p.ok,
      ).padStart(5)} ${String(p.s4xx).padStart(4)} ${String(p.none).padStart(
        4,
      )}  ${JSON.stringify(p.s5xx)}`,
    );
  const refused = new Map();
  for (const o of outcomes.filter(o => o.status >= 400 && o.status < 500))
    refused.set(
      `${o.op} ${o.status}`,
      (refused.get(`${o.op} ${o.status}`) ?? 0) + 1,
    );
  console.log(
    `fault-run 4xx: ${
      [...refused].map(([k, n]) => `${k} x${n}`).join(', ') || 'none'
    }`,
  );
  const after = byPhase.get('after');
  const fivexx = p => Object.values(p?.s5xx ?? {}).reduce((a, b) => a + b, 0);
  const outside = ['steady', 'all up', 'after'].reduce(
    (n, name) => n + fivexx(byPhase.get(name)),
    0,
  );
  console.log(
    `fault-run 5xx outside the kill and PostgreSQL's restart: ${outside} (after: ${fivexx(
      after,
    )}): ${outside === 0 ? 'ok' : 'falls short'}`,
  );
  stopAll();
}

async function main() {
  const mode = process.argv[2] ?? 'start';
  process.on('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    if (mode === 'fault-run') await faultRun();
    else {
      await startAll();
      log('Ctrl-C stops them');
      await new Promise(() => {});
    }
  } catch (error) {
    stopAll();
    console.error(`replicas: ${error.stack ?? error}`);
    process.exit(1);
  }
}

main();
