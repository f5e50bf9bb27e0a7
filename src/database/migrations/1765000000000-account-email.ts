import type { MigrationInterface, QueryRunner } from 'typeorm';

// Email verification and password recovery. A person's address is verified when they
// open the link mailed to it; the links are rows of account_token (single use, with an
// expiry), and the mail carries the row id signed with the server's secret.
// Cohorts that exist already keep matching everyone (they ran before verification
// existed); new cohorts leave unverified people out unless the lead turns that off.
export class AccountEmail1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE participant ADD COLUMN email_verified_at timestamptz(3)`);
    await q.query(
      `ALTER TABLE cohort ADD COLUMN require_verified_email boolean NOT NULL DEFAULT false`,
    );
    await q.query(`ALTER TABLE cohort ALTER COLUMN require_verified_email SET DEFAULT true`);
    await q.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        purpose text NOT NULL CONSTRAINT account_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        email text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        CONSTRAINT account_token_expiry CHECK (expires_at > created_at)
      )`);
    await q.query(
      `CREATE INDEX account_token_participant ON account_token (participant_id, purpose)`,
    );
    // The reminder to a mentor before an unanswered proposal expires is sent once.
    await q.query(`ALTER TABLE match ADD COLUMN reminded_at timestamptz(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match DROP COLUMN reminded_at`);
    await q.query(`DROP TABLE account_token`);
    await q.query(`ALTER TABLE cohort DROP COLUMN require_verified_email`);
    await q.query(`ALTER TABLE participant DROP COLUMN email_verified_at`);
  }
}
