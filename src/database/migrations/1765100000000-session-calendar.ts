import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sessions in people's calendars. Every message about a session carries the same
// iCalendar UID (its id) and the row's calendar_sequence, raised on each move and on
// cancellation, so calendar apps update the event instead of adding another. reminded_at
// says the 24-hour reminder went out (cleared when a move puts the session far enough away
// for a new one).
export class SessionCalendar1765100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mentorship_session
        ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0
          CONSTRAINT session_calendar_sequence CHECK (calendar_sequence >= 0),
        ADD COLUMN reminded_at timestamptz(3)`);
    // What the reminder sweep scans: booked sessions not yet reminded, by start.
    await q.query(
      `CREATE INDEX session_reminder_due ON mentorship_session (starts_at)
        WHERE status = 'SCHEDULED' AND reminded_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX session_reminder_due`);
    await q.query(
      `ALTER TABLE mentorship_session DROP COLUMN reminded_at, DROP COLUMN calendar_sequence`,
    );
  }
}
