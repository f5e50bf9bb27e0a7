import type { MigrationInterface, QueryRunner } from 'typeorm';

// The status a match has at an instant: a proposal past its time reads as EXPIRED before
// the background sweep writes it (effectiveStatus in match-transitions.ts, for SQL reads).
export class MatchStatusAt1764350000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION match_status_at(status text, expires_at timestamptz, at timestamptz)
      RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN status = 'PROPOSED' AND expires_at <= at THEN 'EXPIRED' ELSE status END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION match_status_at(text, timestamptz, timestamptz)`);
  }
}
