// npm run bench:api — throughput and p50/p99 latency of me, myMatches, cohortMatches (first
// page of 50) and cohortReport at 10 and 50 connections on the PostgreSQL server: one
// instance, and three behind nginx; beside a bare `pg` loop running the same statements and
// a bare Apollo Server hello-world on the same machine. Also the bytes each request
// allocates, and `me` during a burst of 500 sign-ups. Figures, ratios and goals go to
// bench/results/api.json.
//
// BENCH_SECONDS (10) per cell, BENCH_WARMUP_SECONDS (2) before each, and
// BENCH_SERVER_WARMUP_SECONDS (3) per operation when a server set-up starts;
// BENCH_DATABASE_URL for another server than postgres@127.0.0.1:5432; BENCH_SEED_SIZE
// (large) for `npm run seed`; BENCH_ALLOC_REQUESTS (200) per allocation figure;
// BENCH_REUSE_DATABASE=<name> to run on a database seeded before (trial runs: neither
// seeded nor dropped).
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { createApp, type RunningApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { loadFromChild, sampledAllocation } from './api/alloc';
import { ratio, round, type CellFigures } from './api/figures';
import {
  check,
  LOGIN,
  OPERATIONS,
  post,
  requestFor,
  type OperationName,
  type Tokens,
} from './api/operations';
import { captureStatements, planOf, runPgLoop, type Plan } from './api/pg-loop';
import {
  cleanupAll,
  cpuTicks,
  descendants,
  installSignalHandlers,
  machineTicks,
  onCleanup,
  startHello,
  startNginx,
  startPuente,
  ticksToCorePercent,
  track,
  type Child,
} from './api/processes';
import { signUpBurst, type BurstResult } from './api/signup-burst';
import { ensureWrk, runWrk } from './api/wrk';
import { writeResult } from './db-harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const SEED_SIZE = process.env.BENCH_SEED_SIZE ?? 'large';
// Per operation, once per server set-up before its first cell.
const SERVER_WARMUP = Number(process.env.BENCH_SERVER_WARMUP_SECONDS ?? 3);
const CONNECTIONS = [10, 50] as const;
const ALLOC_REQUESTS = Number(process.env.BENCH_ALLOC_REQUESTS ?? 200);
const SIGN_UPS = 500;
const SIGN_UP_CONCURRENCY = 20;
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const JWT_SECRET = 'bench-api-secret-bench-api-secret-0123456789';
// The server's own pool size on a PostgreSQL server, which the bare loop uses too.
const POOL_SIZE = (dataSourceOptions({ url: SERVER, embedded: false }).extra as { max: number })
  .max;
const BASE_PORT = 41000 + (process.pid % 1000) * 10;

// The issue's figures before the work (same machine, same seed), for the comparison.
const BASELINE = {
  me: { rps: 618, vsPgLoop: 0.105 },
  myMatches: { rps: 256, vsPgLoop: 0.23, p99VsP50: 5 },
  cohortMatches: { rps: 47, rows: 50 },
  cohortReport: { rps: 15.7, p50Ms: 585 },
  meDuringSignUps: { aloneRps: 432, duringRps: 28, ratio: 0.066 },
};

type Setup = 'puente' | 'cluster' | 'pgLoop';
type Cells = Record<OperationName, Partial<Record<Setup, Record<number, CellFigures>>>>;

const say = (line: string) => process.stdout.write(`${line}\n`);

// ---- the database: a fresh one, seeded as `npm run seed` leaves it, dropped at the end

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: SERVER, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

function runNode(script: string, args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  track(child);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${script} exited with ${code}:\n${out}`)),
    ),
  );
}

// ---- CPU use during a cell, per side, from /proc

type Groups = () => Promise<Record<string, number[]>>;

function cpuWindow(groups: Groups): { stop(): Promise<Record<string, number>> } {
  const started = (async () => {
    const g = await groups();
    const ticks = new Map<number, number>();
    for (const pid of Object.values(g).flat()) {
      ticks.set(pid, cpuTicks(pid));
    }
    return { at: performance.now(), ticks, machine: machineTicks() };
  })();
  return {
    async stop() {
      const s = await started;
      const g = await groups();
      const ms = performance.now() - s.at;
      const out: Record<string, number> = {};
      for (const [name, pids] of Object.entries(g)) {
        const used = [...new Set(pids)].reduce(
          (sum, pid) => sum + cpuTicks(pid) - (s.ticks.get(pid) ?? 0),
          0,
        );
        out[name] = ticksToCorePercent(used, ms);
      }
      const m = machineTicks();
      out.machine = Math.round(
        ((m.busy - s.machine.busy) / (m.total - s.machine.total)) * 100 * cpus().length,
      );
      return out;
    },
  };
}

function postgresPids(db: string): Promise<number[]> {
  return admin(async (c) =>
    (
      await c.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [db])
    ).rows.map((r) => r.pid),
  );
}

// ---- one cell through wrk: warm-up, then the measured run with CPU sampled inside it

async function wrkCell(
  url: string,
  op: { name: string; body: string; token?: string },
  connections: number,
  dir: string,
  groups: (wrkPid: number) => Groups,
): Promise<CellFigures> {
  if (WARMUP > 0) {
    await runWrk({ url, ...op, connections, seconds: WARMUP, dir, name: `${op.name}-warm` });
  }
  let window: ReturnType<typeof cpuWindow> | undefined;
  let cpu: Promise<Record<string, number>> | undefined;
  const timers: NodeJS.Timeout[] = [];
  const run = await runWrk({
    url,
    ...op,
    connections,
    seconds: SECONDS,
    dir,
    name: `${op.name}-${connections}`,
    onStart: (pid) => {
      const margin = Math.min(500, (SECONDS * 1000) / 10);
      timers.push(setTimeout(() => (window = cpuWindow(groups(pid))), margin));
      timers.push(
        setTimeout(
          () => {
            cpu = window?.stop();
          },
          SECONDS * 1000 - margin,
        ),
      );
    },
  });
  timers.forEach(clearTimeout);
  return { ...run.figures, cpu: cpu ? await cpu : undefined };
}

async function opCells(
  setup: Setup,
  url: string,
  tokens: Tokens,
  cells: Cells,
  dir: string,
  groups: (wrkPid: number) => Groups,
): Promise<void> {
  // A fresh server answers at half speed for its first seconds (the JIT has not compiled
  // Nest, Apollo and TypeORM's paths yet): every operation runs a while before any cell.
  for (const op of OPERATIONS) {
    await check(url, op, tokens);
    const { token, body } = requestFor(op, tokens);
    const name = `${setup}-${op}-first`;
    await runWrk({ url, body, token, connections: 10, seconds: SERVER_WARMUP, dir, name });
  }
  for (const op of OPERATIONS) {
    await check(url, op, tokens);
    for (const c of CONNECTIONS) {
      const { token, body } = requestFor(op, tokens);
      const f = await wrkCell(url, { name: `${setup}-${op}`, body, token }, c, dir, groups);
      (cells[op][setup] ??= {})[c] = f;
      say(`  ${setup.padEnd(8)} ${op.padEnd(14)} c=${String(c).padEnd(3)} ${line(f)}`);
    }
    await check(url, op, tokens);
  }
}

const line = (f: CellFigures) =>
  `${f.rps.toFixed(1).padStart(8)} req/s  p50 ${f.p50Ms.toFixed(1).padStart(7)} ms  p99 ${f.p99Ms
    .toFixed(1)
    .padStart(7)} ms${f.errors ? `  ${f.errors} errors` : ''}${
    f.cpu
      ? `  cpu% ${Object.entries(f.cpu)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`
      : ''
  }`;

// ---- the phases

async function inProcess(
  env: Record<string, string>,
  port: number,
  tokens: Omit<Tokens, 'mentee' | 'lead'>,
  logins: { mentee: string; lead: string; password: string; leadPassword: string },
) {
  Logger.overrideLogger(['error']);
  const app: RunningApp = await createApp(loadConfig(env), { quiet: true });
  try {
    await app.app.listen(port, '127.0.0.1');
    const url = `http://127.0.0.1:${port}`;
    const login = async (email: string, password: string) => {
      const a = await post<{ login: { token: string } }>(
        url,
        JSON.stringify({ query: LOGIN, variables: { email, password } }),
      );
      if (!a.data) {
        throw new Error(`login ${email} failed: ${JSON.stringify(a.errors)}`);
      }
      return a.data.login.token;
    };
    const t: Tokens = {
      ...tokens,
      mentee: await login(logins.mentee, logins.password),
      lead: await login(logins.lead, logins.leadPassword),
    };
    // The statements of one answer of each operation, after two to warm the caches.
    const plans = {} as Record<OperationName, Plan>;
    const bytes = {} as Record<OperationName, number>;
    for (const op of OPERATIONS) {
      await check(url, op, t);
      bytes[op] = await check(url, op, t);
      plans[op] = planOf(await captureStatements(async () => void (await check(url, op, t))));
      say(
        `  ${op}: ${plans[op].statementCount} statements in ${plans[op].steps.length} steps, ${bytes[op]} bytes of JSON`,
      );
    }
    // Bytes allocated per request, load from another process.
    const allocation = {} as Record<OperationName, { bytesPerRequest: number; requests: number }>;
    for (const op of OPERATIONS) {
      const { token, body } = requestFor(op, t);
      const n = op === 'cohortReport' ? Math.max(20, ALLOC_REQUESTS / 4) : ALLOC_REQUESTS;
      await loadFromChild(url, body, token, 20, 5);
      const total = await sampledAllocation(() => loadFromChild(url, body, token, n, 5));
      allocation[op] = { bytesPerRequest: Math.round(total / n), requests: n };
      say(`  ${op}: ${(total / n / 1e6).toFixed(2)} MB allocated per request (${n} requests)`);
    }
    return { tokens: t, plans, bytes, allocation };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  installSignalHandlers();
  ensureWrk();
  const loadBefore = loadavg().map((x) => round(x, 2));
  const startedAt = Date.now();
  say(
    `bench:api: ${SECONDS} s per cell (+${WARMUP} s warm-up), load average ${loadBefore.join(' ')}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'puente-bench-api-'));
  onCleanup(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  const reuse = process.env.BENCH_REUSE_DATABASE;
  const db = reuse ?? `puente_bench_api_${process.pid}_${Date.now()}`;
  const DATABASE_URL = databaseUrl(db);
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL,
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    DATA_DIR: dir,
    SIGNUP_MAX_ATTEMPTS_PER_IP: '100000',
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    // Required in production; nothing listens on the discard port, so emails wait in the
    // outbox (the dispatcher's failed attempts are part of the load, as on a server whose
    // mail relay is down).
    SMTP_URL: process.env.BENCH_SMTP_URL ?? 'smtp://127.0.0.1:9',
  };
  let seedOut: string;
  let seedSeconds: number | null = null;
  if (reuse) {
    // A database seeded before (trial runs): kept, and the seed's logins are the demo's.
    say(`\n== reusing ${db}`);
    // (src/seed/seed.ts runs when imported, so its DEMO_LEAD is repeated here.)
    seedOut = 'Lead login: lead@puente.example / puente-lead-demo\nA mentee: x / puente-demo-2027';
  } else {
    await admin((c) => c.query(`CREATE DATABASE "${db}"`));
    onCleanup(async () => {
      if (process.env.BENCH_KEEP_DATABASE) {
        say(`kept database ${db}`);
        return;
      }
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`));
    });
    say(`\n== seeding ${db} (npm run seed -- --size ${SEED_SIZE})`);
    const seedStarted = performance.now();
    // NODE_ENV=test: the seed's app must not run the background sweeps. Its data is dated
    // weeks back, so the expiry sweep (every 60 s, real clock) would expire the proposals
    // the seed is still answering whenever seeding takes over a minute (a loaded machine).
    seedOut = await runNode(
      join(__dirname, '..', 'src', 'seed', 'seed.js'),
      ['--size', SEED_SIZE],
      { ...env, NODE_ENV: 'test' },
    );
    seedSeconds = round((performance.now() - seedStarted) / 1000);
    say(seedOut.trim().split('\n').slice(0, 2).join('\n') + ` (${seedSeconds} s)`);
  }
  const leadLogin = /Lead login:\s+(\S+) \/ (\S+)/.exec(seedOut);
  const menteeLogin = /A mentee:\s+\S+ \/ (\S+)/.exec(seedOut);
  if (!leadLogin || !menteeLogin) {
    throw new Error(`the seed did not print the logins:\n${seedOut}`);
  }
  const picked = await (async () => {
    const c = new Client({ connectionString: DATABASE_URL });
    await c.connect();
    try {
      const cohort = await c.query<{ id: string }>(
        `SELECT id FROM cohort ORDER BY created_at LIMIT 1`,
      );
      // A mentee whose match was accepted, with the most sessions: myMatches has something to show.
      const mentee = await c.query<{ email: string; n: number }>(
        `SELECT p.email, count(s.id)::int AS n FROM match m JOIN participant p ON p.id = m.mentee_id
           LEFT JOIN mentorship_session s ON s.match_id = m.id
          WHERE m.status = 'ACCEPTED' GROUP BY p.email ORDER BY n DESC, p.email LIMIT 1`,
      );
      const counts = await c.query<Record<string, number>>(
        `SELECT (SELECT count(*) FROM participant WHERE role = 'MENTEE')::int AS mentees,
                (SELECT count(*) FROM participant WHERE role = 'MENTOR')::int AS mentors,
                (SELECT count(*) FROM match)::int AS matches,
                (SELECT count(*) FROM match_event)::int AS "matchEvents",
                (SELECT count(*) FROM mentorship_session)::int AS sessions`,
      );
      return { cohortId: cohort.rows[0].id, mentee: mentee.rows[0].email, counts: counts.rows[0] };
    } finally {
      await c.end();
    }
  })();

  say('\n== in-process server: the statements of each answer, and bytes allocated per request');
  const captured = await inProcess(
    env,
    BASE_PORT,
    { cohortId: picked.cohortId },
    {
      mentee: picked.mentee,
      password: menteeLogin[1],
      lead: leadLogin[1],
      leadPassword: leadLogin[2],
    },
  );
  const tokens = captured.tokens;
  const cells = Object.fromEntries(OPERATIONS.map((op) => [op, {}])) as Cells;

  say(`\n== bare pg loop (pool of ${POOL_SIZE}, the same statements in the same order)`);
  for (const op of OPERATIONS) {
    for (const c of CONNECTIONS) {
      let window: ReturnType<typeof cpuWindow> | undefined;
      let cpu: Record<string, number> | undefined;
      const f = await runPgLoop(DATABASE_URL, captured.plans[op], c, POOL_SIZE, SECONDS, WARMUP, {
        measuring: () =>
          (window = cpuWindow(async () => ({
            postgres: await postgresPids(db),
            client: [process.pid],
          }))),
        measured: async () => void (cpu = await window?.stop()),
      });
      f.cpu = cpu;
      (cells[op].pgLoop ??= {})[c] = f;
      say(`  pgLoop   ${op.padEnd(14)} c=${String(c).padEnd(3)} ${line(f)}`);
    }
  }

  say('\n== bare Apollo Server hello-world (express 5)');
  const hello: Record<number, CellFigures> = {};
  {
    const h = await startHello(BASE_PORT + 1, dir);
    try {
      for (const c of CONNECTIONS) {
        hello[c] = await wrkCell(
          h.url,
          { name: 'hello', body: JSON.stringify({ query: '{ hello }' }) },
          c,
          dir,
          (w) => () => Promise.resolve({ server: [h.pid], wrk: [w] }),
        );
        say(`  hello    c=${String(c).padEnd(3)} ${line(hello[c])}`);
      }
    } finally {
      await h.stop();
    }
  }

  say('\n== Puente, one instance');
  let burst: { meAlone: CellFigures; meDuring: CellFigures; signUps: BurstResult } | undefined;
  {
    const one = await startPuente('puente-1', BASE_PORT + 2, env, dir);
    try {
      const groups = (w: number) => async () => ({
        puente: [one.pid],
        postgres: await postgresPids(db),
        wrk: [w],
      });
      await opCells('puente', one.url, tokens, cells, dir, groups);

      say(
        `\n== me during ${SIGN_UPS} sign-ups at concurrency ${SIGN_UP_CONCURRENCY} (one instance)`,
      );
      const me = requestFor('me', tokens);
      const meAlone = await wrkCell(one.url, { name: 'burst-me-alone', ...me }, 10, dir, groups);
      say(`  me alone            ${line(meAlone)}`);
      const signing = signUpBurst(one.url, SIGN_UPS, SIGN_UP_CONCURRENCY);
      let cpu: Promise<Record<string, number>> | undefined;
      const run = await runWrk({
        url: one.url,
        ...me,
        connections: 10,
        seconds: 600,
        dir,
        name: 'burst-me-during',
        stopWhen: signing,
        onStart: (w) => {
          const window = cpuWindow(groups(w));
          cpu = signing.then(() => window.stop());
        },
      });
      const signUps = await signing;
      const meDuring = { ...run.figures, cpu: cpu ? await cpu : undefined };
      say(`  me during sign-ups  ${line(meDuring)}`);
      say(
        `  sign-ups: ${signUps.finished}/${signUps.signUps} finished in ${signUps.seconds} s, ` +
          `${signUps.busy503} answered 503 SERVER_BUSY (retried), ${signUps.failed} failed`,
      );
      burst = { meAlone, meDuring, signUps };
    } finally {
      await one.stop();
    }
  }

  say('\n== Puente, three instances behind nginx');
  {
    const ports = [BASE_PORT + 3, BASE_PORT + 4, BASE_PORT + 5];
    const instances: Child[] = [];
    try {
      for (const [i, port] of ports.entries()) {
        instances.push(await startPuente(`puente-cluster-${i + 1}`, port, env, dir));
      }
      const nginx = await startNginx(BASE_PORT + 6, ports, join(dir, 'nginx'));
      instances.push(nginx);
      const groups = (w: number) => async () => ({
        puente: instances.slice(0, 3).map((x) => x.pid),
        nginx: [nginx.pid, ...descendants(nginx.pid)],
        postgres: await postgresPids(db),
        wrk: [w],
      });
      await opCells('cluster', nginx.url, tokens, cells, dir, groups);
    } finally {
      for (const x of instances.reverse()) {
        await x.stop();
      }
    }
  }

  const loadAfter = loadavg().map((x) => round(x, 2));
  const result = summarise({
    cells,
    hello,
    burst: burst,
    captured,
    picked,
    seedSeconds,
    loadBefore,
    loadAfter,
    minutes: round((Date.now() - startedAt) / 60_000),
  });
  printTable(result);
  writeResult('api.json', result);
}

// ---- figures, ratios and goals

type Summary = ReturnType<typeof summarise>;

function summarise(x: {
  cells: Cells;
  hello: Record<number, CellFigures>;
  burst: { meAlone: CellFigures; meDuring: CellFigures; signUps: BurstResult };
  captured: Awaited<ReturnType<typeof inProcess>>;
  picked: { counts: Record<string, number> };
  seedSeconds: number | null;
  loadBefore: number[];
  loadAfter: number[];
  minutes: number;
}) {
  const { cells, hello, burst, captured } = x;
  const rps = (op: OperationName, s: Setup, c: number) => cells[op][s]?.[c]?.rps;
  const ratios = Object.fromEntries(
    OPERATIONS.map((op) => [
      op,
      Object.fromEntries(
        CONNECTIONS.map((c) => [
          c,
          {
            puenteVsPgLoop: ratio(rps(op, 'puente', c), rps(op, 'pgLoop', c)),
            clusterVsPuente: ratio(rps(op, 'cluster', c), rps(op, 'puente', c)),
            puenteVsHello: ratio(rps(op, 'puente', c), hello[c]?.rps),
            puenteP99VsP50: ratio(cells[op].puente?.[c]?.p99Ms, cells[op].puente?.[c]?.p50Ms),
          },
        ]),
      ),
    ]),
  ) as unknown as Record<OperationName, Record<number, Record<string, number | null>>>;
  const meRatio = ratio(burst.meDuring.rps, burst.meAlone.rps);
  const cmAlloc = captured.allocation.cohortMatches.bytesPerRequest;
  // Scaling is judged on the median cell; the note says where one instance's CPU went.
  const scaling = OPERATIONS.flatMap((op) =>
    CONNECTIONS.map((c) => ratios[op][c].clusterVsPuente ?? 0),
  ).sort((a, b) => a - b);
  const clusterMedian = round((scaling[3] + scaling[4]) / 2, 2);
  const cpuOf = (op: OperationName, s: Setup, c: number) =>
    Object.entries(cells[op][s]?.[c]?.cpu ?? {})
      .map(([k, v]) => `${k} ${v}%`)
      .join(', ');
  const scalingNote =
    `${cpus().length} cores (100% = one core) shared by the instances, nginx, PostgreSQL and wrk. ` +
    `myMatches at 50 connections, one instance: ${cpuOf('myMatches', 'puente', 50)}; ` +
    `three: ${cpuOf('myMatches', 'cluster', 50)}. A second and third instance can only ` +
    `help as far as one instance leaves a core idle.`;
  const goal = (met: boolean, figure: unknown, target: string, note?: string) => ({
    met,
    figure,
    target,
    ...(note ? { note } : {}),
  });
  const goals = {
    meVsPgLoop: goal(
      (ratios.me[10].puenteVsPgLoop ?? 0) >= 0.5,
      ratios.me[10].puenteVsPgLoop,
      '>= 0.5x the bare pg loop at 10 connections',
    ),
    myMatchesVsPgLoop: goal(
      (ratios.myMatches[10].puenteVsPgLoop ?? 0) >= 0.5,
      ratios.myMatches[10].puenteVsPgLoop,
      '>= 0.5x the bare pg loop at 10 connections',
    ),
    cohortMatchesAllocation: goal(
      cmAlloc < 2 * 1024 * 1024,
      cmAlloc,
      '< 2 MB allocated per request (first page of 50)',
    ),
    cohortMatchesThroughput: goal(
      (rps('cohortMatches', 'puente', 10) ?? 0) >= 3 * BASELINE.cohortMatches.rps,
      rps('cohortMatches', 'puente', 10),
      `>= 3x ${BASELINE.cohortMatches.rps} req/s = ${3 * BASELINE.cohortMatches.rps} req/s at 10 connections`,
    ),
    cohortReportThroughput: goal(
      (rps('cohortReport', 'puente', 10) ?? 0) >= 60,
      rps('cohortReport', 'puente', 10),
      '>= 60 req/s at 10 connections',
    ),
    meDuringSignUps: goal(
      (meRatio ?? 0) >= 0.5 && burst.signUps.finished === burst.signUps.signUps,
      { ratio: meRatio, signUpsFinished: burst.signUps.finished },
      '>= 0.5x me alone, and every sign-up finishes',
    ),
    clusterScaling: goal(
      clusterMedian >= 1.8,
      { medianClusterVsPuente: clusterMedian, range: [scaling[0], scaling[scaling.length - 1]] },
      '>= 1.8x one instance where the cores allow (median over the 8 cells)',
      scalingNote,
    ),
  };
  return {
    benchmark: 'API throughput and latency (npm run bench:api)',
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      loadAverageBefore: x.loadBefore,
      loadAverageAfter: x.loadAfter,
      date: new Date().toISOString(),
      minutes: x.minutes,
    },
    settings: {
      secondsPerCell: SECONDS,
      warmupSeconds: WARMUP,
      serverWarmupSecondsPerOperation: SERVER_WARMUP,
      connections: CONNECTIONS,
      poolSize: POOL_SIZE,
      loadGenerator: 'wrk 4 (2 threads), the bare pg loop in the benchmark process',
      seed: { size: SEED_SIZE, seconds: x.seedSeconds, ...x.picked.counts },
      cohortMatchesPage: 50,
    },
    goals,
    ratios,
    cells,
    hello,
    allocation: captured.allocation,
    responseBytes: captured.bytes,
    signUpBurst: { ...burst, meRatio },
    baseline: BASELINE,
    statements: Object.fromEntries(
      OPERATIONS.map((op) => [
        op,
        {
          count: captured.plans[op].statementCount,
          steps: captured.plans[op].steps.map((s) =>
            s.statements.map((q) => q.text.replace(/\s+/g, ' ').trim()),
          ),
        },
      ]),
    ),
  };
}

function printTable(r: Summary): void {
  const fmt = (f?: CellFigures) =>
    f ? `${f.rps.toFixed(1)} (${f.p50Ms.toFixed(1)}/${f.p99Ms.toFixed(1)})` : '-';
  const rows: string[][] = [
    [
      'operation',
      'conns',
      '1 instance',
      '3 via nginx',
      'bare pg loop',
      '1/pg',
      '3/1',
      'baseline 1 inst',
    ],
  ];
  for (const op of OPERATIONS) {
    for (const c of CONNECTIONS) {
      const cell = r.cells[op];
      const base = r.baseline[op];
      rows.push([
        op,
        String(c),
        fmt(cell.puente?.[c]),
        fmt(cell.cluster?.[c]),
        fmt(cell.pgLoop?.[c]),
        String(r.ratios[op][c].puenteVsPgLoop ?? '-'),
        String(r.ratios[op][c].clusterVsPuente ?? '-'),
        c === 10 ? `${base.rps} req/s` : '',
      ]);
    }
  }
  for (const c of CONNECTIONS) {
    rows.push(['hello world', String(c), fmt(r.hello[c]), '', '', '', '', '']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  say('\nreq/s (p50/p99 ms)');
  for (const row of rows) {
    say(row.map((v, i) => v.padEnd(widths[i])).join('  '));
  }
  say('\nbytes allocated per request (server process):');
  for (const op of OPERATIONS) {
    say(`  ${op.padEnd(14)} ${(r.allocation[op].bytesPerRequest / 1e6).toFixed(2)} MB`);
  }
  const b = r.signUpBurst;
  say(
    `\nme during ${b.signUps.signUps} sign-ups (concurrency ${b.signUps.concurrency}): ${b.meDuring.rps} req/s vs ${b.meAlone.rps} alone = ${b.meRatio}x; ` +
      `${b.signUps.finished} finished in ${b.signUps.seconds} s, ${b.signUps.busy503} 503 SERVER_BUSY retried`,
  );
  say('\ngoals:');
  for (const [name, g] of Object.entries(r.goals)) {
    say(`  ${g.met ? 'met    ' : 'NOT MET'}  ${name}: ${JSON.stringify(g.figure)} (${g.target})`);
    if ('note' in g) {
      say(`           ${g.note}`);
    }
  }
  say(
    `\nload average before ${r.machine.loadAverageBefore.join(' ')}, after ${r.machine.loadAverageAfter.join(' ')}; ${r.machine.minutes} min`,
  );
}

main()
  .catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    void cleanupAll().then(() => process.exit());
  });
