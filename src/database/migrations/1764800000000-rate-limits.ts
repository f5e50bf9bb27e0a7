import type { MigrationInterface, QueryRunner } from 'typeorm';

// Throttles shared by every instance on one PostgreSQL database (rate-limiter-flexible's
// PostgreSQL store, in the table layout it expects; keys carry their limiter's prefix).
export class RateLimits1764800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit`);
  }
}
