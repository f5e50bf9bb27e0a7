import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TEST_NOW_HEADER } from '../src/common/graphql/request-clock';
import { LOGIN, menteeInput, SIGN_UP, uniqueEmail } from './helpers/factories';
import { graphql, ok } from './helpers/graphql';
import {
  freePort,
  runCli,
  serverEnv,
  startServer,
  stopServer,
  tempDataDir,
  type RunningServer,
} from './setup/test-server';

const METRICS_TOKEN = 'metrics-token-of-the-e2e-spec-0123456789';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// A lead of its own (unique, so that a shared DATABASE_URL server takes it too), for a matching run.
const LEAD = {
  email: `observability.lead.${randomUUID().slice(0, 8)}@puente.test`,
  password: 'observability-lead-password',
};

async function server(extra: Record<string, string>, withLead = false): Promise<RunningServer> {
  const dataDir = tempDataDir();
  const env = serverEnv({
    PORT: String(await freePort()),
    DATA_DIR: dataDir,
    PGLITE_DIR: join(dataDir, 'pglite'),
    ...extra,
  });
  if (withLead) {
    const made = runCli('cli/create-lead.js', ['--email', LEAD.email, '--name', 'Olivia Lead'], {
      ...env,
      LEAD_PASSWORD: LEAD.password,
    });
    if (made.status !== 0) {
      throw new Error(`lead:create failed (${made.status}): ${made.stderr}`);
    }
  }
  return startServer(env);
}

type LogLine = Record<string, unknown> & { raw: string };

// The server's JSON log lines (test servers log JSON, as production does).
function logLines(s: RunningServer): LogLine[] {
  return s
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((raw) => ({ ...(JSON.parse(raw) as Record<string, unknown>), raw }));
}

// A request's line is written when its response has finished, so it may follow the response.
async function logLineOf(s: RunningServer, requestId: string): Promise<LogLine> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const line = logLines(s).find((l) => l.requestId === requestId && l.msg !== undefined);
    if (line) {
      return line;
    }
    if (Date.now() > deadline) {
      throw new Error(`no log line for request ${requestId}:\n${s.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const metrics = (url: string, authorization?: string) =>
  fetch(`${url}/metrics`, { headers: authorization ? { authorization } : {} });

describe('logs and metrics', () => {
  let main: RunningServer;
  let withoutToken: RunningServer;

  beforeAll(async () => {
    [main, withoutToken] = await Promise.all([
      server({ LOG_LEVEL: 'info', METRICS_TOKEN }, true),
      server({ LOG_LEVEL: 'info' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([main, withoutToken].filter(Boolean).map((s) => stopServer(s.child)));
  });

  it('answers with the request id it was sent, or a new one', async () => {
    const sent = `e2e-${randomUUID()}`;
    const echoed = await post(main.url, { query: '{ __typename }' }, { 'x-request-id': sent });
    expect(echoed.headers.get('x-request-id')).toBe(sent);

    const fresh = await post(main.url, { query: '{ __typename }' });
    expect(fresh.headers.get('x-request-id')).toMatch(UUID);
    // Not an id to trust: a new line in it could forge log lines.
    const forged = await post(main.url, { query: '{ __typename }' }, { 'x-request-id': 'a b' });
    expect(forged.headers.get('x-request-id')).toMatch(UUID);
  });

  it('logs a failed login with its id, operation and outcome, and nothing secret', async () => {
    const requestId = `login-${randomUUID()}`;
    const email = uniqueEmail('nobody');
    const password = 'the-wrong-password-5581';
    const res = await post(
      main.url,
      { query: LOGIN, variables: { email, password }, operationName: 'Login' },
      { 'x-request-id': requestId },
    );
    expect(res.status).toBe(200);

    const line = await logLineOf(main, requestId);
    expect(line).toMatchObject({
      level: 30,
      requestId,
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      operationName: 'Login',
      outcome: 'unauthenticated',
      graphqlErrors: true,
      errorCode: 'UNAUTHENTICATED',
      userId: null,
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.raw).not.toContain(email);
    expect(line.raw).not.toContain(password);
    expect(line.raw.toLowerCase()).not.toContain('authorization');
    // Nor anywhere else in the output.
    expect(main.output()).not.toContain(password);
  });

  it("logs a signed-in request's user id, never the token or the email", async () => {
    const input = menteeInput();
    const { signUp } = await ok(
      graphql<{ signUp: { token: string; me: { id: string } } }>(
        SIGN_UP,
        { input },
        undefined,
        main.url,
      ),
    );
    const requestId = `me-${randomUUID()}`;
    const res = await post(
      main.url,
      { query: 'query Me { me { id email } }' },
      { authorization: `Bearer ${signUp.token}`, 'x-request-id': requestId },
    );
    expect(res.status).toBe(200);

    const line = await logLineOf(main, requestId);
    expect(line).toMatchObject({
      requestId,
      operationName: 'Me',
      outcome: 'ok',
      graphqlErrors: false,
      errorCode: null,
      userId: signUp.me.id,
      res: { statusCode: 200 },
    });
    expect(line.raw).not.toContain(signUp.token);
    expect(line.raw).not.toContain(input.email as string);
    expect(line.raw.toLowerCase()).not.toContain('authorization');
  });

  it('does not log health probes at info', async () => {
    await fetch(`${main.url}/health`);
    await post(main.url, { query: '{ __typename }' }, { 'x-request-id': `after-${randomUUID()}` });
    const urls = logLines(main).map((l) => (l.req as { url?: string } | undefined)?.url);
    expect(urls).toContain('/graphql');
    expect(urls).not.toContain('/health');
  });

  it('serves Prometheus metrics to the bearer of METRICS_TOKEN only', async () => {
    await expect(metrics(main.url).then((r) => r.status)).resolves.toBe(401);
    const refused = await metrics(main.url, 'Bearer not-the-token');
    expect(refused.status).toBe(401);
    // A refused scrape is logged like any request (a successful one only at debug).
    const refusedLine = await logLineOf(main, refused.headers.get('x-request-id') ?? '');
    expect(refusedLine).toMatchObject({ req: { url: '/metrics' }, res: { statusCode: 401 } });
    expect(refusedLine.raw).not.toContain('not-the-token');
    await expect(metrics(main.url, METRICS_TOKEN).then((r) => r.status)).resolves.toBe(401);

    // Something to count: a failed login, an unnamed query and a job run.
    await post(main.url, {
      query: LOGIN,
      variables: { email: uniqueEmail('nobody'), password: 'wrong-password' },
    });
    await post(main.url, { query: '{ __typename }' });
    const job = await fetch(`${main.url}/test/jobs/expiry`, {
      method: 'POST',
      headers: { [TEST_NOW_HEADER]: new Date().toISOString() },
    });
    expect(job.status).toBe(200);

    const res = await metrics(main.url, `Bearer ${METRICS_TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const body = await res.text();
    expect(body).toMatch(
      /^puente_graphql_requests_total\{operation="Login",outcome="unauthenticated"\} [1-9]\d*$/m,
    );
    expect(body).toMatch(
      /^puente_graphql_request_duration_seconds_count\{operation="Login",outcome="unauthenticated"\} [1-9]\d*$/m,
    );
    expect(body).toMatch(/^puente_graphql_requests_total\{operation="anonymous",outcome="ok"\} /m);
    expect(body).toMatch(/^puente_db_pool_connections [1-9]\d*$/m);
    expect(body).toMatch(/^puente_db_pool_idle_connections \d+$/m);
    expect(body).toMatch(/^puente_db_pool_waiting_requests \d+$/m);
    expect(body).toMatch(/^puente_job_runs_total\{job="expiry",outcome="ok"\} [1-9]\d*$/m);
    expect(body).toMatch(/^puente_job_duration_seconds_count\{job="expiry"\} [1-9]\d*$/m);
    expect(body).toMatch(/^# TYPE puente_matching_run_duration_seconds histogram$/m);
    expect(body).toMatch(/^puente_outbox_depth 0$/m);
    expect(body).toMatch(/^# TYPE puente_mail_deliveries_total counter$/m);
    // prom-client's default Node metrics, under the same prefix.
    expect(body).toMatch(/^puente_process_cpu_user_seconds_total /m);
    expect(body).toMatch(/^puente_nodejs_heap_size_used_bytes /m);
  });

  it('times matching runs', async () => {
    const { login } = await ok(
      graphql<{ login: { token: string } }>(
        LOGIN,
        { email: LEAD.email, password: LEAD.password },
        undefined,
        main.url,
      ),
    );
    const { createCohort } = await ok(
      graphql<{ createCohort: { id: string } }>(
        'mutation C($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
        {
          input: {
            name: `Observed ${randomUUID().slice(0, 6)}`,
            startsOn: '2027-03-01',
            endsOn: '2027-05-30',
          },
        },
        login.token,
        main.url,
      ),
    );
    const cohortId = createCohort.id;
    await ok(
      graphql(
        'mutation O($id: ID!) { openCohort(cohortId: $id) { id } }',
        { id: cohortId },
        login.token,
        main.url,
      ),
    );
    await ok(
      graphql(
        'mutation R($id: ID!) { runMatching(cohortId: $id, dryRun: true) { matchedCount } }',
        { id: cohortId },
        login.token,
        main.url,
      ),
    );
    const body = await (await metrics(main.url, `Bearer ${METRICS_TOKEN}`)).text();
    expect(body).toMatch(/^puente_matching_run_duration_seconds_count [1-9]\d*$/m);
    expect(body).toMatch(/^puente_graphql_requests_total\{operation="R",outcome="ok"\} 1$/m);
  });

  it('has no /metrics without METRICS_TOKEN', async () => {
    await expect(
      metrics(withoutToken.url, `Bearer ${METRICS_TOKEN}`).then((r) => r.status),
    ).resolves.toBe(404);
    await expect(metrics(withoutToken.url).then((r) => r.status)).resolves.toBe(404);
  });
});
