import type { MigrationInterface, QueryRunner } from 'typeorm';

// Tokens carry the account's token version; raising it (a password change, "log out
// everywhere") makes every token issued before it invalid.
export class TokenVersion1764600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE participant ADD COLUMN token_version integer NOT NULL DEFAULT 0 CHECK (token_version >= 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE participant DROP COLUMN token_version`);
  }
}
