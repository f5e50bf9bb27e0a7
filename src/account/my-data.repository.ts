// The SQL of "my data": everything Puente stores about one person, read for the export.
// A mentee's proposals are left out as everywhere else (she sees a match once accepted);
// security links are secrets, not data about her.
import type { EntityManager } from 'typeorm';
import { MENTEE_VISIBLE_STATUSES } from '../common/vocabulary';
import { MAIL_ONLY_KINDS } from '../notifications/notification.entity';

export type MyDataRows = {
  profile: Record<string, unknown> | null;
  memberships: Record<string, unknown>[];
  matches: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  feedback: Record<string, unknown>[];
  notifications: Record<string, unknown>[];
};

export async function readMyData(m: EntityManager, id: string): Promise<MyDataRows> {
  const q = (sql: string, more: unknown[] = []) =>
    m.query<Record<string, unknown>[]>(sql, [id, ...more]);
  const [profile] = await q(
    `SELECT id, email, email_verified_at AS "emailVerifiedAt", display_name AS "displayName", role,
            languages, preferred_language AS "preferredLanguage", timezone, availability, interests,
            goals, expertise, about, capacity, underrepresented,
            email_preferences AS "emailPreferences", created_at AS "createdAt", updated_at AS "updatedAt"
       FROM participant WHERE id = $1`,
  );
  const memberships = await q(
    `SELECT c.id AS "cohortId", c.name AS "cohortName", cm.role, cm.capacity, cm.joined_at AS "joinedAt"
       FROM cohort_member cm JOIN cohort c ON c.id = cm.cohort_id
      WHERE cm.participant_id = $1 ORDER BY cm.joined_at`,
  );
  // The other person by name only: their contact details are theirs.
  const matches = await q(
    `SELECT x.id, x.cohort_id AS "cohortId", CASE WHEN x.mentor_id = $1 THEN 'MENTOR' ELSE 'MENTEE' END AS "myRole",
            o.display_name AS "otherPerson", x.status, x.proposed_at AS "proposedAt",
            x.responded_at AS "respondedAt", x.closed_at AS "closedAt",
            CASE WHEN x.mentor_id = $1 THEN x.decline_reason END AS "declineReason",
            CASE WHEN x.mentor_id = $1 THEN x.decline_note END AS "declineNote",
            x.end_reason AS "endReason"
       FROM match x JOIN participant o ON o.id = CASE WHEN x.mentor_id = $1 THEN x.mentee_id ELSE x.mentor_id END
      WHERE (x.mentor_id = $1 OR (x.mentee_id = $1 AND x.status = ANY ($2::text[])))
      ORDER BY x.proposed_at`,
    [[...MENTEE_VISIBLE_STATUSES]],
  );
  const sessions = await q(
    `SELECT s.id, s.match_id AS "matchId", s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes",
            s.status, s.agenda, s.cancel_reason AS "cancelReason", s.completed_at AS "completedAt"
       FROM mentorship_session s WHERE s.mentor_id = $1 OR s.mentee_id = $1 ORDER BY s.starts_at`,
  );
  const feedback = await q(
    `SELECT f.session_id AS "sessionId", f.rating, f.comment, f.created_at AS "createdAt"
       FROM session_feedback f WHERE f.author_id = $1 ORDER BY f.created_at`,
  );
  const notifications = await q(
    `SELECT n.kind, n.payload, n.created_at AS "createdAt", n.read_at AS "readAt",
            n.email_status AS "emailStatus", n.email_sent_at AS "emailSentAt"
       FROM notification n
      WHERE n.recipient_id = $1 AND n.kind <> ALL ($2::text[])
      ORDER BY n.created_at`,
    [[...MAIL_ONLY_KINDS]],
  );
  return { profile: profile ?? null, memberships, matches, sessions, feedback, notifications };
}
