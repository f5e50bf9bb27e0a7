import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrationsOnce } from '../src/database/migrate';
import { migrations } from '../src/database/migrations';

// Three instances starting at once on one empty PostgreSQL database: the migrations run
// once, the others wait, and nobody fails (before the lock: "relation already exists",
// "duplicate key ... pg_type_typname_nsp_index").
describe('migrations at a simultaneous start of several instances', () => {
  const serverUrl = process.env.DATABASE_URL as string;
  const name = `puente_mig_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const admin = () => new Client({ connectionString: serverUrl });

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE "${name}"`);
    await c.end();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });

  it('runs each migration once across three instances, in three rounds', async () => {
    for (let round = 0; round < 3; round++) {
      const sources = Array.from(
        { length: 3 },
        () => new DataSource(dataSourceOptions({ url: target.toString(), embedded: false })),
      );
      await Promise.all(sources.map((s) => s.initialize()));
      const ran = await Promise.all(sources.map((s) => runMigrationsOnce(s, false)));
      // The first round migrates an empty database once; later rounds find nothing to do.
      const total = ran.reduce((n, r) => n + r.length, 0);
      expect(total).toBe(round === 0 ? migrations.length : 0);
      const [{ n, distinct }] = await sources[0].query<{ n: number; distinct: number }[]>(
        'SELECT count(*)::int AS n, count(DISTINCT name)::int AS distinct FROM migrations',
      );
      expect({ n, distinct }).toEqual({ n: migrations.length, distinct: migrations.length });
      await Promise.all(sources.map((s) => s.destroy()));
    }
  });
});
