// The middle test tier: services and repositories against a real database, without HTTP.
// Each spec file opens a database of its own: embedded PGlite in a temporary directory by
// default, or a fresh database on the PostgreSQL server when DATABASE_URL is set (CI's
// second pass). Migrations run as they do at start-up.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

export type TestDatabase = {
  dataSource: DataSource;
  // Statements run through the data source since the last reset (for statement counts).
  statements: { count: number; reset(): void };
  close(): Promise<void>;
};

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let cleanup: () => Promise<void>;
  if (serverUrl) {
    const name = `puente_mid_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    cleanup = async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'puente-middle-'));
    const embedded = await startEmbeddedPostgres(join(dir, 'pglite'));
    url = embedded.url;
    cleanup = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const statements = {
    count: 0,
    reset() {
      statements.count = 0;
    },
  };
  const options = dataSourceOptions({ url, embedded: !serverUrl });
  const dataSource = new DataSource({
    ...options,
    logger: {
      logQuery: () => void statements.count++,
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    },
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    statements,
    async close() {
      await dataSource.destroy();
      await cleanup();
    },
  };
}
