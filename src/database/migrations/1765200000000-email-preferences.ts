import type { MigrationInterface, QueryRunner } from 'typeorm';

// Which optional kinds of email a person turned off (mail-preferences.ts): everything is
// on until they say otherwise, on their profile or with an unsubscribe link.
export class EmailPreferences1765200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE participant ADD COLUMN email_preferences jsonb NOT NULL DEFAULT '{"off": []}'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE participant DROP COLUMN email_preferences`);
  }
}
