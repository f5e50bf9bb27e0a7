import { Client } from 'pg';
import { baseUrl, graphql, ok } from './helpers/graphql';
import { signUpMentee } from './helpers/factories';

// What a PostgreSQL restart does to us: every server connection is dropped. Requests in
// flight fail cleanly, and the service recovers by itself.
describe('losing the PostgreSQL connections', () => {
  it('answers cleanly while connections are dropped and recovers without a restart', async () => {
    const mentee = await signUpMentee();
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      // Requests running while every other connection to the database is terminated.
      const inFlight = Array.from({ length: 20 }, () =>
        graphql<{ me: { id: string } }>('{ me { id } }', {}, mentee.token),
      );
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      for (const r of await Promise.all(inFlight)) {
        if (r.errors) {
          expect(r.errors[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
          expect(r.errors[0].message).not.toMatch(/terminat|SQL|postgres|at .*\.js/i);
        } else {
          expect(r.data?.me.id).toBe(mentee.id);
        }
      }
      // Idle pooled connections were killed too; the pool replaces them.
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      let recovered = false;
      for (let attempt = 0; attempt < 10 && !recovered; attempt++) {
        const r = await graphql<{ me: { id: string } }>('{ me { id } }', {}, mentee.token);
        recovered = r.data?.me.id === mentee.id;
        if (!recovered) {
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      expect(recovered).toBe(true);
      await expect(
        ok(graphql<{ me: { id: string } }>('{ me { id } }', {}, mentee.token)),
      ).resolves.toEqual({ me: { id: mentee.id } });
      const health = await fetch(`${baseUrl()}/health`);
      expect(health.status).toBe(200);
    } finally {
      await admin.end();
    }
  });
});
