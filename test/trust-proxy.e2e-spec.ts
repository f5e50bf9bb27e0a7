import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  freePort,
  serverEnv,
  startServer,
  stopServer,
  tempDataDir,
  type RunningServer,
} from './setup/test-server';

const LOGIN = `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

async function server(extra: Record<string, string>): Promise<RunningServer> {
  const dataDir = tempDataDir();
  return startServer(
    serverEnv({
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      PGLITE_DIR: join(dataDir, 'pglite'),
      LOGIN_MAX_ATTEMPTS_PER_IP: '3',
      LOGIN_MAX_ATTEMPTS_PER_EMAIL: '100',
      // Its own counts: on a PostgreSQL server the suite's other servers share the table.
      RATE_LIMIT_NAMESPACE: `proxy-${randomUUID().slice(0, 8)}`,
      ...extra,
    }),
  );
}

// A failed login from an address, as a proxy would forward it.
async function failFrom(url: string, forwardedFor: string, n: number): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({
      query: LOGIN,
      variables: { e: `nobody${n}@example.org`, p: 'not-the-password' },
    }),
  });
  const body = (await res.json()) as { errors: { extensions: { reason: string } }[] };
  return body.errors[0].extensions.reason;
}

// X-Forwarded-For names the client only when it comes from a trusted proxy (TRUST_PROXY);
// otherwise anyone could dodge the per-address throttle by sending a new one each time.
describe('the client address behind a proxy', () => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServer(s.child)));
  });

  it('ignores X-Forwarded-For without TRUST_PROXY, and honours it from a trusted proxy', async () => {
    const [direct, proxied] = await Promise.all([server({}), server({ TRUST_PROXY: 'loopback' })]);
    servers.push(direct, proxied);

    // Untrusted: four "different" clients are one address, and the fourth is throttled.
    const untrusted = [];
    for (let i = 0; i < 4; i++) {
      untrusted.push(await failFrom(direct.url, `203.0.113.${i + 1}`, i));
    }
    expect(untrusted).toEqual([
      'BAD_CREDENTIALS',
      'BAD_CREDENTIALS',
      'BAD_CREDENTIALS',
      'LOGIN_RATE_LIMITED',
    ]);

    // Trusted (the proxy is on loopback): four clients, four addresses, nobody throttled...
    for (let i = 0; i < 4; i++) {
      await expect(failFrom(proxied.url, `198.51.100.${i + 1}`, i)).resolves.toBe(
        'BAD_CREDENTIALS',
      );
    }
    // ...until one of them passes its own limit.
    await expect(failFrom(proxied.url, '198.51.100.1', 10)).resolves.toBe('BAD_CREDENTIALS');
    await expect(failFrom(proxied.url, '198.51.100.1', 11)).resolves.toBe('BAD_CREDENTIALS');
    await expect(failFrom(proxied.url, '198.51.100.1', 12)).resolves.toBe('LOGIN_RATE_LIMITED');
  });
});
