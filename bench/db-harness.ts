// Benchmarks against the real application on both databases: embedded PGlite in a temporary
// directory, and a fresh database on the PostgreSQL server (127.0.0.1:5432, or
// BENCH_DATABASE_URL's server) that is dropped afterwards.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TokenService } from '../src/common/auth/token.service';
import { loadConfig } from '../src/config/app-config';
import { createApp, type RunningApp } from '../src/bootstrap';

export type Target = {
  name: 'pglite' | 'postgres';
  app: RunningApp;
  url: string;
  ds: DataSource;
  tokenFor(id: string, role: 'LEAD' | 'MENTOR' | 'MENTEE'): Promise<string>;
};

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function serverReachable(): Promise<boolean> {
  const c = new Client({ connectionString: SERVER, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function forEachTarget<R>(
  fn: (t: Target) => Promise<R>,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<Record<string, R | { skipped: string }>> {
  Logger.overrideLogger(['error']);
  const out: Record<string, R | { skipped: string }> = {};
  const only = process.env.BENCH_ONLY;
  for (const name of ['postgres', 'pglite'] as const) {
    if (only && only !== name) {
      continue;
    }
    const dir = mkdtempSync(join(tmpdir(), 'puente-bench-'));
    const dbName = `puente_bench_${process.pid}_${Date.now()}`;
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      DATA_DIR: dir,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret!',
      ...extraEnv,
    };
    if (name === 'postgres') {
      if (!(await serverReachable())) {
        out[name] = { skipped: `no PostgreSQL server at ${SERVER.replace(/\/\/[^@]*@/, '//')}` };
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      await admin(`CREATE DATABASE "${dbName}"`);
      const url = new URL(SERVER);
      url.pathname = `/${dbName}`;
      env.DATABASE_URL = url.toString();
    }
    const app = await createApp(loadConfig(env), { quiet: true });
    try {
      await app.app.listen(0, '127.0.0.1');
      const address = app.app.getHttpServer().address() as { port: number };
      const tokens = app.app.get(TokenService);
      const target: Target = {
        name,
        app,
        url: `http://127.0.0.1:${address.port}`,
        ds: app.app.get(DataSource),
        tokenFor: (id, role) => tokens.issue({ id, role }),
      };
      process.stdout.write(`\n== ${name}\n`);
      out[name] = await fn(target);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
      if (name === 'postgres' && !process.env.BENCH_KEEP_DATABASE) {
        await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      } else if (name === 'postgres') {
        process.stdout.write(`kept database ${dbName}\n`);
      }
    }
  }
  return out;
}

export async function gql<T>(
  t: Target,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ ms: number; data: T }> {
  const started = performance.now();
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  const ms = performance.now() - started;
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }
  return { ms, data: body.data };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const ms = (x: number) => Math.round(x * 10) / 10;

export function writeResult(file: string, result: unknown): void {
  mkdirSync(join(__dirname, '..', '..', 'bench', 'results'), { recursive: true });
  const path = join(__dirname, '..', '..', 'bench', 'results', file);
  writeFileSync(path, JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(`\nwrote ${path.replace(process.cwd() + '/', '')}\n`);
}

export const machine = () => ({
  node: process.version,
  cpus: cpus().length,
  date: new Date().toISOString(),
});
