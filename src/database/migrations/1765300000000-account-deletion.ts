import type { MigrationInterface, QueryRunner } from 'typeorm';

// When a person deleted their account (account-deletion.ts). The row stays, anonymised, so
// that the matches, sessions and reports that point at it still count; a deleted account
// is never a candidate, a lead, nor a recipient again.
export class AccountDeletion1765300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE participant ADD COLUMN deleted_at timestamptz(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE participant DROP COLUMN deleted_at`);
  }
}
