import { createServer, connect, type Server, type Socket } from 'node:net';
import { freePort, serverEnv, startServer, stopServer, tempDataDir } from './setup/test-server';
import { graphql } from './helpers/graphql';
import { signUp, menteeInput } from './helpers/factories';

// A switchable TCP path to the PostgreSQL server: "down" refuses new connections and cuts the
// open ones, as an outage or a failover would.
class DatabasePath {
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      this.sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream).pipe(client);
    });
    return new Promise((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  down(): Promise<void> {
    this.sockets.forEach((s) => s.destroy());
    this.sockets.clear();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('the database is down', () => {
  it('answers SERVICE_UNAVAILABLE (503, Retry-After) and recovers when it is back', async () => {
    const real = new URL(process.env.DATABASE_URL as string);
    const path = new DatabasePath(await freePort(), {
      host: real.hostname,
      port: Number(real.port || 5432),
    });
    await path.up();
    const viaPath = new URL(real.toString());
    viaPath.hostname = '127.0.0.1';
    viaPath.port = String(path.port);
    const port = await freePort();
    const server = await startServer(
      serverEnv({ PORT: String(port), DATA_DIR: tempDataDir(), DATABASE_URL: viaPath.toString() }),
    );
    try {
      const account = await signUp(menteeInput());
      const me = '{ me { id } }';
      await expect(graphql(me, {}, account.token, server.url)).resolves.toMatchObject({
        status: 200,
        data: { me: { id: account.id } },
      });

      await path.down();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${account.token}` },
        body: JSON.stringify({ query: me }),
      });
      const body = (await res.json()) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).not.toMatch(/ECONN|SQL|postgres|at .*\.js/i);
      // A sign-up (a write) and the health check say the same.
      const write = await graphql(
        'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
        { input: menteeInput() },
        undefined,
        server.url,
      );
      expect(write.status).toBe(503);
      expect(write.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect((await fetch(`${server.url}/health`)).status).toBe(503);

      await path.up();
      let back = false;
      for (let attempt = 0; attempt < 25 && !back; attempt++) {
        const r = await graphql<{ me: { id: string } }>(me, {}, account.token, server.url);
        back = r.data?.me.id === account.id;
        if (!back) {
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      expect(back).toBe(true);
    } finally {
      await stopServer(server.child);
      await path.down();
    }
  });
});
