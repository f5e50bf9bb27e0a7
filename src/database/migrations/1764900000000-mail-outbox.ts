import type { MigrationInterface, QueryRunner } from 'typeorm';

// The notification table becomes the email outbox: a notice that is emailed carries its
// delivery state beside it, written in the same transaction as the change it reports.
// Notices from before this migration are not emailed (email_status stays NULL).
export class MailOutbox1764900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification
        ADD COLUMN email_status text
          CONSTRAINT notification_email_status CHECK (email_status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
        ADD COLUMN email_attempts integer NOT NULL DEFAULT 0
          CONSTRAINT notification_email_attempts CHECK (email_attempts >= 0),
        ADD COLUMN email_next_at timestamptz(3),
        ADD COLUMN email_sent_at timestamptz(3),
        ADD COLUMN email_error text
          CONSTRAINT notification_email_error CHECK (char_length(email_error) <= 500),
        ADD CONSTRAINT notification_email_due CHECK (email_status <> 'PENDING' OR email_next_at IS NOT NULL)`);
    // The dispatcher's query: the due rows of the outbox, oldest first.
    await q.query(
      `CREATE INDEX notification_email_pending ON notification (email_next_at)
        WHERE email_status = 'PENDING'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_email_pending`);
    await q.query(`
      ALTER TABLE notification
        DROP CONSTRAINT notification_email_due,
        DROP COLUMN email_error,
        DROP COLUMN email_sent_at,
        DROP COLUMN email_next_at,
        DROP COLUMN email_attempts,
        DROP COLUMN email_status`);
  }
}
