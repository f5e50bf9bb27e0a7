import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const MAIN = join(ROOT, 'dist/src/main.js');

export const TEST_LEADS = [
  { email: 'lead.one@puente.test', name: 'Lucía Lead', password: 'lead-password-1' },
  { email: 'lead.two@puente.test', name: 'Leo Lead', password: 'lead-password-2' },
];

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'puente-test-'));

// The environment of a test server: the real PostgreSQL server when DATABASE_URL is set,
// otherwise embedded PGlite in the given directory.
export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    SIGNUP_MAX_ATTEMPTS_PER_IP: '100000',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...extra,
  };
}

export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [join(ROOT, 'dist/src', script), ...args], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

export type RunningServer = { url: string; child: ChildProcess; output: () => string };

export async function startServer(
  env: NodeJS.ProcessEnv,
  timeoutMs = 90_000,
): Promise<RunningServer> {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) {
        return { url, child, output: () => output };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not become healthy in ${timeoutMs} ms:\n${output}`);
}

export function stopServer(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null) {
      resolveExit(child.exitCode);
      return;
    }
    child.once('exit', (code) => resolveExit(code));
    child.kill(signal);
  });
}

// A server of a spec's own (its own port and data directory; the suite's PostgreSQL
// database when DATABASE_URL is set), with extra environment variables; `leads` makes the
// suite's program leads first with the real command line (the suite's PostgreSQL database
// already has them).
export async function startOwnServer(
  extra: Record<string, string> = {},
  options: { leads?: boolean } = {},
): Promise<RunningServer> {
  const dataDir = tempDataDir();
  const env = serverEnv({
    PORT: String(await freePort()),
    DATA_DIR: dataDir,
    PGLITE_DIR: join(dataDir, 'pglite'),
    ...extra,
  });
  for (const lead of options.leads ? TEST_LEADS : []) {
    const made = runCli('cli/create-lead.js', ['--email', lead.email, '--name', lead.name], {
      ...env,
      LEAD_PASSWORD: lead.password,
    });
    if (made.status !== 0 && !/already exists/.test(made.stderr)) {
      throw new Error(`lead:create failed: ${made.stderr}`);
    }
  }
  return startServer(env);
}
