import { connect, type Socket } from 'node:net';
import { startOwnServer, stopServer, type RunningServer } from './setup/test-server';

const QUERY = JSON.stringify({ query: '{ errorReasons }' });
const post = (body: string) =>
  `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
  `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`;

const server = (graceMs: number) => startOwnServer({ SHUTDOWN_GRACE_MS: String(graceMs) });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A raw connection, so that a request can be left half-sent (in flight) across the signal.
function open(
  url: string,
): Promise<{ socket: Socket; received: () => string; ended: Promise<void> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      let data = '';
      socket.on('data', (d: Buffer) => (data += d.toString()));
      const ended = new Promise<void>((r) => socket.on('close', () => r()));
      resolve({ socket, received: () => data, ended });
    });
    socket.on('error', reject);
  });
}

const exitOf = (s: RunningServer) =>
  new Promise<number | null>((r) =>
    s.child.exitCode !== null ? r(s.child.exitCode) : s.child.once('exit', (code) => r(code)),
  );

describe('health probes and a graceful SIGTERM', () => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServer(s.child, 'SIGKILL')));
  });

  it('says live and ready, with the database and the migrations checked', async () => {
    const s = await server(5000);
    servers.push(s);
    const live = await fetch(`${s.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${s.url}/health/ready`);
    expect(ready.status).toBe(200);
    await expect(ready.json()).resolves.toMatchObject({
      status: 'ok',
      info: {
        shutdown: { status: 'up' },
        database: { status: 'up' },
        migrations: { status: 'up' },
      },
    });
    await stopServer(s.child);
  });

  it('finishes a request in flight, refuses new work cleanly, and exits 0', async () => {
    const s = await server(5000);
    servers.push(s);
    // Connection 1: request A, headers and half its body before the signal.
    const inFlight = await open(s.url);
    const half = Math.floor(QUERY.length / 2);
    inFlight.socket.write(post(QUERY) + QUERY.slice(0, half));
    // Connection 2: one request answered, then kept alive and idle, as a proxy keeps it.
    const idle = await open(s.url);
    idle.socket.write(post(QUERY) + QUERY);
    while (!idle.received().includes('"errorReasons"')) {
      await sleep(50);
    }
    const exited = exitOf(s);
    s.child.kill('SIGTERM');
    await sleep(300);

    // Readiness is down: a new connection is no longer taken (a load balancer sends it to
    // another instance).
    await expect(open(s.url)).rejects.toThrow(/ECONNREFUSED/);

    // The idle connection was not cut under its client: a request sent on it now is refused
    // with a clean 503 that did nothing, and the connection is closed after it.
    const before = idle.received().length;
    idle.socket.write(post(QUERY) + QUERY);
    await idle.ended;
    const refused = idle.received().slice(before);
    expect(refused).toMatch(/^HTTP\/1\.1 503/);
    expect(refused).toMatch(/retry-after: 1/i);
    expect(refused).toMatch(/connection: close/i);
    expect(refused).toContain('"reason":"DRAINING"');
    expect(refused).toContain('"code":"SERVICE_UNAVAILABLE"');

    // A finishes normally and closes its connection after it.
    inFlight.socket.write(QUERY.slice(half));
    await inFlight.ended;
    expect(inFlight.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(inFlight.received()).toMatch(/connection: close/i);
    expect(inFlight.received()).toContain('"errorReasons"');
    await expect(exited).resolves.toBe(0);
  });

  it('cuts what is still open at the grace limit and still exits 0', async () => {
    const s = await server(800);
    servers.push(s);
    const conn = await open(s.url);
    conn.socket.write(post(QUERY) + QUERY.slice(0, 5)); // never finished
    await sleep(300);
    const exited = exitOf(s);
    const started = Date.now();
    s.child.kill('SIGTERM');
    await conn.ended;
    await expect(exited).resolves.toBe(0);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(700);
    expect(took).toBeLessThan(15_000);
    expect(s.output()).toMatch(/cut/);
  });
});
