import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsAndFeedback1764200000000 implements MigrationInterface {
  name = 'SessionsAndFeedback1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentorship_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES match(id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        mentee_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        scheduled_by uuid REFERENCES participant(id),
        starts_at timestamptz NOT NULL,
        duration_minutes int NOT NULL,
        status text NOT NULL DEFAULT 'SCHEDULED',
        agenda text,
        cancel_reason text,
        completed_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_status CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
        CONSTRAINT session_duration CHECK (duration_minutes BETWEEN 15 AND 180 AND duration_minutes % 15 = 0),
        CONSTRAINT session_agenda CHECK (agenda IS NULL OR length(agenda) <= 2000),
        CONSTRAINT session_cancel_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX session_match ON mentorship_session (match_id, starts_at)`);
    await q.query(`CREATE INDEX session_cohort ON mentorship_session (cohort_id, status)`);
    await q.query(
      `CREATE INDEX session_mentor_time ON mentorship_session (mentor_id, starts_at) WHERE status IN ('SCHEDULED', 'COMPLETED')`,
    );
    await q.query(
      `CREATE INDEX session_mentee_time ON mentorship_session (mentee_id, starts_at) WHERE status IN ('SCHEDULED', 'COMPLETED')`,
    );

    await q.query(`
      CREATE TABLE session_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES mentorship_session(id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        rating int NOT NULL,
        comment text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT feedback_once UNIQUE (session_id, author_id),
        CONSTRAINT feedback_rating CHECK (rating BETWEEN 1 AND 5),
        CONSTRAINT feedback_comment CHECK (comment IS NULL OR length(comment) <= 2000)
      )`);
    await q.query(`CREATE INDEX feedback_cohort ON session_feedback (cohort_id)`);

    // When leads were last told that a pair needs a check-in, so they are told once.
    await q.query(`ALTER TABLE match ADD COLUMN check_in_notified_at timestamptz`);
    await q.query(
      `CREATE INDEX match_accepted ON match (cohort_id, responded_at) WHERE status = 'ACCEPTED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX match_accepted`);
    await q.query(`ALTER TABLE match DROP COLUMN check_in_notified_at`);
    await q.query(`DROP TABLE session_feedback`);
    await q.query(`DROP TABLE mentorship_session`);
  }
}
