import type { DataSource } from 'typeorm';

// Several instances may start at once on one PostgreSQL database: the first to take this
// lock runs the migrations, the others wait for it and then find nothing left to run.
// (The embedded PGlite is one process with a lock file on its data directory, and its pool
// has a single connection: it runs them without the lock.)
export const MIGRATION_LOCK_KEY = 7_464_001; // "puente migrations"

export async function runMigrationsOnce(dataSource: DataSource, embedded: boolean) {
  if (embedded) {
    return dataSource.runMigrations({ transaction: 'each' });
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
