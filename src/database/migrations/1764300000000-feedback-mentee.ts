import { MigrationInterface, QueryRunner } from 'typeorm';

// Feedback carries the session's mentee, so equity figures group ratings without joining
// every session (the report stays fast on large cohorts).
export class FeedbackMentee1764300000000 implements MigrationInterface {
  name = 'FeedbackMentee1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE session_feedback ADD COLUMN mentee_id uuid REFERENCES participant(id) ON DELETE CASCADE`,
    );
    await q.query(
      `UPDATE session_feedback f SET mentee_id = s.mentee_id FROM mentorship_session s WHERE s.id = f.session_id`,
    );
    await q.query(`ALTER TABLE session_feedback ALTER COLUMN mentee_id SET NOT NULL`);
    await q.query(`CREATE INDEX feedback_cohort_mentee ON session_feedback (cohort_id, mentee_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX feedback_cohort_mentee`);
    await q.query(`ALTER TABLE session_feedback DROP COLUMN mentee_id`);
  }
}
