#!/usr/bin/env node
// npm run test:cluster: three instances of the built server behind nginx on one PostgreSQL
// database; a journey through nginx; a mixed load while one instance is killed (SIGKILL) and
// the two others are rolled (SIGTERM); then checks in the database. Exit 0 when every check
// holds, 1 with the list of failures otherwise. Figures: bench/results/cluster.json.
//
// Environment: DATABASE_URL (a fresh database; without it one is created on
// CLUSTER_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres, and dropped after),
// CLUSTER_LOAD_SECONDS (60), CLUSTER_CLIENTS (16), NGINX_BIN (/usr/sbin/nginx),
// CLUSTER_KEEP_LOGS=1 keeps the temp dir (instance logs, nginx logs) even when all passes.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { checkJobs, checkMigrations, checkThrottle, checkWrites } from './checks.mjs';
import { Client, Recorder } from './client.mjs';
import { fixtures, journey, StepFailed } from './journey.mjs';
import { runLoad } from './load.mjs';
import { startNginx } from './nginx.mjs';
import { freePort, Instance, killAllNow, sleep } from './processes.mjs';
import {
  attributeToKills,
  printSummary,
  SIGKILL_WINDOW_MS,
  tally,
  writeSummary,
} from './report.mjs';
import { failuresOf, nginxErrors } from './verdict.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(ROOT, 'bench/results/cluster.json');
const LOAD_SECONDS = Number(process.env.CLUSTER_LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.CLUSTER_CLIENTS ?? 16);
const GRACE_MS = 5000;
const THROTTLE_LIMIT = 5;
const SWEEP_EVERY_MS = 60_000; // src/scheduler/scheduler.service.ts JOBS.expiry
const LEAD = {
  email: 'lead.cluster@puente.test',
  name: 'Lucía Lead',
  password: 'lead-password-cluster',
};

const log = (...a) => console.log(`[cluster ${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...a);
const T0 = Date.now();
const state = { instances: [], nginx: null, dropDb: null, dir: null, cleaning: null };

process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`${signal}: stopping every child`);
    state.interrupted = true;
    void cleanup().finally(() => process.exit(130));
  });
}

async function cleanup() {
  state.cleaning ??= (async () => {
    await state.nginx?.stop().catch(() => undefined);
    await Promise.all(
      state.instances.filter((i) => i.running).map((i) => i.stop('SIGTERM', GRACE_MS + 2000)),
    );
    killAllNow();
    await state.dropDb?.().catch((e) => log(`could not drop the database: ${e.message}`));
  })();
  return state.cleaning;
}

async function database() {
  if (process.env.DATABASE_URL) {
    return process.env.DATABASE_URL;
  }
  const admin = process.env.CLUSTER_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `puente_cluster_${Date.now()}_${process.pid}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  state.dropDb = async () => {
    const d = new pg.Client({ connectionString: admin });
    await d.connect();
    await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await d.end();
  };
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function hasTables(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS found`)).rows[0]
      .found;
  } finally {
    await c.end();
  }
}

function createLead(env) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'dist/src/cli/create-lead.js'), '--email', LEAD.email, '--name', LEAD.name],
    {
      env: { ...env, LEAD_PASSWORD: LEAD.password },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (r.status !== 0) {
    throw new StepFailed(`create-lead exited ${r.status}: ${r.stderr || r.stdout}`);
  }
}

// Proposals of these cohorts become overdue now: the one step the API cannot do (the clock).
async function makeOverdue(db, cohortIds) {
  const r = await db.query(
    `UPDATE match SET expires_at = now() - interval '1 minute'
      WHERE cohort_id = ANY($1::uuid[]) AND status = 'PROPOSED' RETURNING id`,
    [cohortIds],
  );
  return r.rows.map((x) => x.id);
}

// After the load: until an instance's expiry sweep has expired the overdue proposals of the
// sweep cohorts (each instance sweeps every 60 s from its start).
async function waitForSweep(db, ids, instances) {
  const now = Date.now();
  const nextTick = Math.min(
    ...instances
      .filter((i) => i.running)
      .map((i) => i.readyAt + Math.ceil((now - i.readyAt + 1) / SWEEP_EVERY_MS) * SWEEP_EVERY_MS),
  );
  // The timer starts a little before the instance answers ready; the sweep takes a moment.
  const deadline = nextTick + 5000;
  log(`waiting up to ${Math.round((deadline - now) / 1000)} s for an expiry sweep`);
  while (Date.now() < deadline) {
    const left = (
      await db.query(
        `SELECT count(*)::int AS n FROM match WHERE id = ANY($1::uuid[]) AND status <> 'EXPIRED'`,
        [ids],
      )
    ).rows[0].n;
    if (left === 0) {
      return Date.now() - now;
    }
    await sleep(500);
  }
  return null;
}

async function main() {
  state.dir = mkdtempSync(join(tmpdir(), 'puente-cluster-'));
  log(`logs in ${state.dir}`);
  const url = await database();
  const secret = randomBytes(24).toString('hex'); // 48 characters, shared by all three
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    JWT_SECRET: secret,
    TRUST_PROXY: 'loopback',
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    LOG_LEVEL: 'warn',
    LOGIN_MAX_ATTEMPTS_PER_EMAIL: String(THROTTLE_LIMIT),
    // Required in production. Mail is not what this run checks: an unreachable server only
    // leaves emails retrying in the outbox.
    SMTP_URL: process.env.SMTP_URL ?? 'smtp://127.0.0.1:9',
  };
  const notes = [];
  if (process.env.DATABASE_URL && (await hasTables(url))) {
    notes.push(
      'DATABASE_URL was not empty: the three instances did not race to migrate an empty database',
    );
  }
  const unexpectedExits = [];
  const ports = [await freePort(), await freePort(), await freePort()];
  state.instances = ports.map((port, i) => {
    const instance = new Instance({
      name: `instance-${'abc'[i]}`,
      port,
      root: ROOT,
      env,
      logDir: state.dir,
    });
    instance.onUnexpectedExit = (x) => unexpectedExits.push(x);
    return instance;
  });
  // All three at once on the empty database: the migrations' advisory lock lets one run them.
  state.instances.forEach((i) => i.start());
  const startMs = await Promise.all(state.instances.map((i) => i.waitReady(90_000)));
  log(`3 instances ready in ${startMs.join(', ')} ms (probe ${state.instances[0].readyPath})`);
  createLead(env);
  state.nginx = await startNginx({
    port: await freePort(),
    upstreams: ports,
    dir: join(state.dir, 'nginx'),
  });
  log(`nginx on ${state.nginx.url} in front of ports ${ports.join(', ')}`);

  const recorder = new Recorder();
  const make = (name, n) =>
    new Client({ name, baseUrl: state.nginx.url, localAddress: `127.0.0.${n}`, recorder });
  const clients = Array.from({ length: CLIENTS }, (_, i) => make(`client-${i + 1}`, 10 + i));
  const probeClients = Array.from({ length: 10 }, (_, i) => make(`probe-${i + 1}`, 100 + i));
  const jobClients = [make('runs-1', 200), make('runs-2', 201)];

  const trip = await journey({
    client: make('journey', 2),
    lead: LEAD,
    instances: state.instances,
  });
  log(`journey: ${trip.steps.join('; ')}`);
  const fx = await fixtures({
    clients,
    lead: trip.lead,
    pairs: CLIENTS,
    jobCohorts: 4,
    sweepCohorts: 2,
    probes: 4,
  });
  log(
    `fixtures: ${fx.pairs.length} accepted pairs, ${fx.jobs.length} + ${fx.sweeps.length} cohorts of proposals, ${fx.probeAccounts.length} probe accounts`,
  );

  const db = new pg.Client({ connectionString: url });
  db.on('error', () => undefined); // the database is dropped under it on Ctrl-C
  await db.connect();
  try {
    const overdueByRun = await makeOverdue(
      db,
      fx.jobs.map((j) => j.cohortId),
    );
    const overdueBySweep = await makeOverdue(
      db,
      fx.sweeps.map((j) => j.cohortId),
    );
    log(
      `load: ${LOAD_SECONDS} s, ${CLIENTS} clients; SIGKILL at ${LOAD_SECONDS * 0.25} s, SIGTERM at ${LOAD_SECONDS * 0.5} s and ${LOAD_SECONDS * 0.75} s`,
    );
    const load = await runLoad({
      clients,
      probeClients,
      jobClients,
      fixtures: fx,
      lead: trip.lead,
      seconds: LOAD_SECONDS,
      instances: state.instances,
      graceMs: GRACE_MS,
    });
    for (const e of load.events) {
      log(
        `  ${e.t.toFixed(1)}s ${e.type} ${e.instance}${e.code !== undefined ? ` code=${e.code} signal=${e.signal} ${e.ms} ms` : ''}${e.ms !== undefined && e.type === 'ready' ? ` ready in ${e.ms} ms` : ''}`,
      );
    }
    const sweepMs = await waitForSweep(db, overdueBySweep, state.instances);
    log(
      sweepMs === null
        ? 'no expiry sweep came'
        : `the expiry sweep came after ${Math.round(sweepMs / 1000)} s`,
    );

    const kills = load.events.filter((e) => e.type === 'SIGKILL');
    attributeToKills(recorder.records, kills);
    const writes = load.writes;
    writes.merge(trip.writes);
    writes.signUps.push(
      ...[
        ...fx.pairs.flatMap((p) => [p.mentor, p.mentee]),
        ...fx.jobs.concat(fx.sweeps).flatMap((c) => [...c.mentors, ...c.mentees]),
        ...fx.probeAccounts,
      ].map((a) => ({ email: a.email, id: a.id })),
    );
    writes.runs.push(...fx.setupRuns.map((id) => ({ id })));
    const checked = {
      writes: await checkWrites(db, writes),
      migrations: await checkMigrations(db, ROOT),
      jobs: await checkJobs(db, { overdueByRun, overdueBySweep }),
      throttle: await checkThrottle(
        db,
        load.probes,
        THROTTLE_LIMIT,
        probeClients.map((c) => c.localAddress),
      ),
    };
    const failures = [
      ...failuresOf(recorder.records, load.events, unexpectedExits, GRACE_MS),
      ...Object.values(checked).flatMap((c) => c.failures),
    ];
    if (state.nginx.child.exitCode !== null) {
      failures.push('nginx exited during the run');
    }
    if (state.instances.some((i) => i.readyPath !== '/health/ready')) {
      notes.push('an instance has no /health/ready: readiness was read from /health');
    }
    const summary = {
      when: new Date().toISOString(),
      node: process.version,
      instances: state.instances.length,
      load: {
        seconds: LOAD_SECONDS,
        clients: CLIENTS,
        startedAfterSeconds: Math.round((load.start - T0) / 1000),
      },
      requests: tally(recorder.records),
      chaos: {
        sigkill: kills.length,
        sigterm: load.events.filter((e) => e.type === 'SIGTERM').length,
        restarts: load.events.filter((e) => e.type === 'ready').length,
        exits: load.events
          .filter((e) => e.type === 'exit')
          .map(({ instance, code, signal, ms }) => ({ instance, code, signal, ms })),
        events: load.events.map(({ at: _at, ...e }) => e),
        sigkillWindowMs: SIGKILL_WINDOW_MS,
      },
      writes: checked.writes.figures,
      jobs: { ...checked.jobs.figures, sweepAfterLoadMs: sweepMs },
      migrations: checked.migrations.figures,
      throttle: checked.throttle.figures,
      runs: load.runs,
      nginxErrorLog: nginxErrors(state.nginx.dir),
      notes,
      failures,
      verdict: failures.length ? 'fail' : 'pass',
      durationSeconds: Math.round((Date.now() - T0) / 1000),
    };
    // Every response, one JSON line each, beside the logs (kept when the run fails).
    writeFileSync(
      join(state.dir, 'requests.jsonl'),
      recorder.records.map(({ data: _data, ...r }) => JSON.stringify(r)).join('\n') + '\n',
    );
    printSummary(summary);
    writeSummary(RESULTS, summary);
    log(`figures written to ${RESULTS}`);
    return failures.length === 0;
  } finally {
    await db.end();
    [...clients, ...probeClients, ...jobClients].forEach((c) => c.close());
  }
}

let passed = false;
try {
  passed = await main();
} catch (error) {
  if (state.interrupted) {
    await new Promise(() => undefined); // the signal handler ends the process
  }
  console.error(
    `\nFAIL: the cluster test stopped: ${error instanceof StepFailed ? error.message : error.stack}`,
  );
}
await cleanup();
if (passed && !process.env.CLUSTER_KEEP_LOGS) {
  rmSync(state.dir, { recursive: true, force: true });
} else {
  log(`logs kept in ${state.dir}`);
}
process.exit(passed ? 0 : 1);
