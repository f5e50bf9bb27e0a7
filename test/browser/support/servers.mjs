import assert from 'node:assert/strict';
// Servers for the browser tests: the API (built Nest server on an in-memory database) and
// a tiny static server for client/dist that proxies the API's paths (/graphql, /health,
// the .ics and .csv downloads) to it, the same origin layout as production.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const SERVER_MAIN = join(ROOT, 'dist/src/main.js');
export const CLIENT_DIST = join(ROOT, 'client/dist');
const CREATE_LEAD = join(ROOT, 'dist/src/cli/create-lead.js');

// What the API serves besides /graphql: health and the authenticated file downloads.
const isApiPath = (path) =>
  path === '/graphql' ||
  path.startsWith('/graphql/') ||
  path === '/health' ||
  /^\/sessions\/[^/]+\.ics$/.test(path) ||
  /^\/reports\/[^/]+\.csv$/.test(path);

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

// The API runs in a temporary directory of its own, so it writes nothing (schema file,
// development secret) into the work tree. With `lead`, the database lives on disk in that
// directory and the lead account is made with the CLI before the server starts (the
// embedded database takes one process at a time).
export async function startApi({ timeoutMs = 90_000, lead } = {}) {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error(`${SERVER_MAIN} is missing: run "npm run build" at the repository root first`);
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'puente-browser-'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    PORT: String(port),
    DATA_DIR: dir,
    PGLITE_DIR: lead ? join(dir, 'pglite') : 'memory://',
    JWT_SECRET: 'browser-test-secret-browser-test-secret-0123',
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    SIGNUP_MAX_ATTEMPTS_PER_IP: '100000',
  };
  if (lead) {
    await createLead(env, dir, lead);
  }
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API server exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) {
        return {
          url,
          output: () => output,
          stop: async () => {
            if (child.exitCode === null) {
              const exited = new Promise((r) => child.once('exit', r));
              child.kill('SIGTERM');
              await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
              if (child.exitCode === null) {
                child.kill('SIGKILL');
              }
            }
            rmSync(dir, { recursive: true, force: true });
          },
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The API server did not become healthy in ${timeoutMs} ms:\n${output}`);
}

function createLead(env, cwd, { email, name, password, timezone = 'UTC' }) {
  return new Promise((resolveLead, reject) => {
    const child = spawn(
      process.execPath,
      [CREATE_LEAD, '--email', email, '--name', name, '--timezone', timezone],
      { cwd, env: { ...env, LEAD_PASSWORD: password }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolveLead() : reject(new Error(`create-lead exited with ${code}:\n${output}`)),
    );
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// Serves client/dist at "/" with a fallback to index.html for the app's own routes.
export async function startWeb({ apiUrl, root = CLIENT_DIST }) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run "npm run build --prefix client" first`);
  }
  const api = new URL(apiUrl);
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (isApiPath(path)) {
      const upstream = http.request(
        {
          host: api.hostname,
          port: api.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: api.host },
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502).end('API unavailable');
      });
      req.pipe(upstream);
      return;
    }
    let file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (extname(path) !== '') {
        res.writeHead(404).end('Not found');
        return;
      }
      file = join(root, 'index.html');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000',
    });
    createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

// A GraphQL call straight to the API, for test set-up and for checking what was saved.
export async function graphql(baseUrl, query, variables = {}, token) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

export async function signUpViaApi(baseUrl, input) {
  const body = await graphql(
    baseUrl,
    'mutation($input: SignUpInput!) { signUp(input: $input) { token me { id } } }',
    { input },
  );
  if (body.errors) {
    throw new Error(`signUp failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data.signUp;
}

// Sends the outbox once (test servers run no timers), then finds the newest email to
// `address` holding a link to `pagePath` in the development mailbox; returns that link as
// a path of the web client, and the message.
export async function mailedLink(apiUrl, address, pagePath) {
  const res = await fetch(`${apiUrl}/test/jobs/mailDispatch`, { method: 'POST' });
  assert.equal(res.status, 200, await res.text());
  const box = await (await fetch(`${apiUrl}/dev/mailbox`)).json();
  const message = box.messages.find((m) => m.to.includes(address) && m.text.includes(pagePath));
  assert.ok(message, `no email to ${address} with a ${pagePath} link`);
  const link = new RegExp(`https?://[^\\s<>"]+${pagePath}\\?token=[\\w.%~-]+`).exec(
    message.text,
  )?.[0];
  assert.ok(link, `the email has a ${pagePath} link:\n${message.text}`);
  const url = new URL(link);
  return { path: `${url.pathname}${url.search}`, message };
}
