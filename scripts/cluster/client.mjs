// A virtual client: one kept-alive connection to nginx from its own loopback address
// (127.0.0.x), so that nginx, and through X-Forwarded-For the instances, see many clients.
// Every request is recorded with its outcome:
//   ok        200 with data and no errors
//   expected  a GraphQL error the caller said it expects (BAD_CREDENTIALS in a throttle probe)
//   clean503  503 whose body says extensions.code SERVICE_UNAVAILABLE, with Retry-After: the
//             instance did nothing (DRAINING, SERVER_BUSY)
//   unclean   anything else: 502/504 from nginx, 500, a 503 of another shape, a reset
//             connection, a timeout, or a GraphQL error nobody expected
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

const REQUEST_TIMEOUT_MS = 20_000;

export class Recorder {
  constructor() {
    this.records = [];
    this.t0 = Date.now();
  }

  add(record) {
    this.records.push(record);
    return record;
  }
}

export class Client {
  constructor({ name, baseUrl, localAddress, recorder }) {
    this.name = name;
    this.url = new URL('/graphql', baseUrl);
    this.localAddress = localAddress;
    this.recorder = recorder;
    this.agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
  }

  close() {
    this.agent.destroy();
  }

  // One POST /graphql. `expect` lists the extensions.reason (or code) values that count as an
  // expected answer rather than a failure.
  async gql(op, query, variables = {}, { token, phase = 'load', expect = [] } = {}) {
    const requestId = randomUUID();
    const startedAt = Date.now();
    const raw = await send(this.url, this.agent, requestId, token, { query, variables });
    const endedAt = Date.now();
    const record = {
      op,
      phase,
      client: this.name,
      requestId,
      startedAt,
      endedAt,
      status: raw.status ?? null,
      upstream: raw.headers?.['x-upstream'] ?? null,
      ...classify(raw, expect),
    };
    this.recorder.add(record);
    return record;
  }
}

function send(url, agent, requestId, token, body) {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'x-request-id': requestId,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (error) => resolve({ error }));
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (error) => resolve({ error }));
    req.end(payload);
  });
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function classify(raw, expect = []) {
  if (raw.error) {
    const code = raw.error.code ?? raw.error.message;
    const kind =
      code === 'TIMEOUT' ? 'timeout' : code === 'ECONNREFUSED' ? 'refused-by-nginx' : 'reset';
    return { outcome: 'unclean', kind, detail: String(code) };
  }
  const body = parse(raw.text);
  const first = body?.errors?.[0];
  const ext = first?.extensions ?? {};
  if (raw.status === 503) {
    if (ext.code === 'SERVICE_UNAVAILABLE' && raw.headers['retry-after']) {
      return {
        outcome: 'clean503',
        kind: `503-${ext.reason ?? 'SERVICE_UNAVAILABLE'}`,
        retryAfter: Number(raw.headers['retry-after']) || 1,
      };
    }
    return {
      outcome: 'unclean',
      kind: ext.code === 'SERVICE_UNAVAILABLE' ? '503-without-retry-after' : 'http-503-unshaped',
      detail: raw.text.slice(0, 200),
    };
  }
  if (raw.status >= 500) {
    return { outcome: 'unclean', kind: `http-${raw.status}`, detail: raw.text.slice(0, 200) };
  }
  if (!body) {
    return { outcome: 'unclean', kind: 'bad-body', detail: raw.text.slice(0, 200) };
  }
  if (first) {
    const said = ext.reason ?? ext.code;
    if (expect.includes(ext.reason) || expect.includes(ext.code)) {
      return { outcome: 'expected', kind: `said-${said}`, reason: ext.reason ?? null };
    }
    return {
      outcome: 'unclean',
      kind: `graphql-${ext.code ?? 'ERROR'}`,
      detail: `${first.message} ${JSON.stringify(ext)}`.slice(0, 300),
    };
  }
  if (raw.status !== 200 || !body.data) {
    return { outcome: 'unclean', kind: `http-${raw.status}`, detail: raw.text.slice(0, 200) };
  }
  return { outcome: 'ok', kind: 'ok', data: body.data };
}

// Plain GET for the probes sent to one instance directly (readiness, liveness).
export async function getStatus(url, timeoutMs = 2000) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return null;
  }
}

// A GraphQL request straight to one instance (bypassing nginx), for the token check.
export async function gqlDirect(baseUrl, query, variables, token) {
  try {
    const res = await fetch(new URL('/graphql', baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: parse(await res.text()) };
  } catch (error) {
    return { status: null, body: null, error: String(error) };
  }
}
