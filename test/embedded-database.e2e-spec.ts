import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { graphql, ok } from './helpers/graphql';
import { menteeInput, SIGN_UP } from './helpers/factories';
import {
  freePort,
  MAIN,
  serverEnv,
  startServer,
  stopServer,
  tempDataDir,
} from './setup/test-server';

// These start servers of their own on the embedded database, whatever the suite runs on.
function embeddedEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env = serverEnv({ PORT: String(port), DATA_DIR: dataDir });
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
  return env;
}

describe('the embedded database', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = tempDataDir();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every account across a restart, with the same signing secret', async () => {
    const port = await freePort();
    const first = await startServer(embeddedEnv(dataDir, port));
    const input = menteeInput();
    let token: string;
    try {
      const data = await ok(
        graphql<{ signUp: { token: string } }>(SIGN_UP, { input }, undefined, first.url),
      );
      token = data.signUp.token;
    } finally {
      await expect(stopServer(first.child)).resolves.toBe(0);
    }

    const second = await startServer(embeddedEnv(dataDir, port));
    try {
      const login = await ok(
        graphql<{ login: { me: { id: string } } }>(
          `mutation { login(email: "${input.email as string}", password: "a-long-password") { me { id } } }`,
          {},
          undefined,
          second.url,
        ),
      );
      const me = await ok(graphql<{ me: { id: string } }>('{ me { id } }', {}, token, second.url));
      expect(me.me.id).toBe(login.login.me.id);
    } finally {
      await stopServer(second.child);
    }
  });

  it('refuses a second process on the same data directory', async () => {
    const running = await startServer(embeddedEnv(dataDir, await freePort()));
    try {
      const second = spawnSync(process.execPath, [MAIN], {
        env: embeddedEnv(dataDir, await freePort()),
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(second.status).not.toBe(0);
      expect(second.stdout + second.stderr).toMatch(/in use by process \d+/);
    } finally {
      await stopServer(running.child);
    }
  });

  it('takes over a lock left by a process that is gone', async () => {
    const port = await freePort();
    const crashed = await startServer(embeddedEnv(dataDir, port));
    await stopServer(crashed.child, 'SIGKILL');
    const again = await startServer(embeddedEnv(dataDir, port));
    await expect(stopServer(again.child)).resolves.toBe(0);
  });

  it('is refused in production unless asked for explicitly', async () => {
    const env = {
      ...embeddedEnv(dataDir, await freePort()),
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
      // Required in production; nothing is emailed in this test.
      SMTP_URL: 'smtp://127.0.0.1:9',
    };
    const refused = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 30_000 });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(
      /DATABASE_URL: required when NODE_ENV=production/,
    );

    const allowed = await startServer({ ...env, PUENTE_ALLOW_EMBEDDED_DB: 'true' });
    try {
      // Production: no introspection, internal details masked.
      const r = await graphql('{ __schema { types { name } } }', {}, undefined, allowed.url);
      expect(r.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await stopServer(allowed.child);
    }
  });

  it('stops at start-up on a malformed variable, naming it', () => {
    const env = { ...embeddedEnv(dataDir, 0), PORT: 'eighty', DATABASE_URL: 'mysql://nope' };
    const refused = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 30_000 });
    expect(refused.status).not.toBe(0);
    const text = refused.stdout + refused.stderr;
    expect(text).toMatch(/PORT: PORT must be a whole number/);
    expect(text).toMatch(/DATABASE_URL: DATABASE_URL must be a postgres/);
  });

  it('keeps the generated development secret under the data directory', async () => {
    const server = await startServer(embeddedEnv(dataDir, await freePort()));
    await stopServer(server.child);
    const secretFile = join(dataDir, 'jwt-secret');
    expect(readFileSync(secretFile, 'utf8').trim()).toMatch(/^[0-9a-f]{96}$/);
  });
});
