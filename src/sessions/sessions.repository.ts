// The SQL of sessions (and the pairs' meeting record): the only module that queries
// mentorship_session and session_feedback. Statuses reach SQL as parameters.
import type { EntityManager } from 'typeorm';
import { MET_SESSION_STATUSES } from '../common/vocabulary';

export type CheckInRow = {
  id: string;
  cohortId: string;
  mentorId: string;
  menteeId: string;
  acceptedAt: Date;
  lastSessionAt: Date | null;
  notifiedAt: Date | null;
  reason: 'NEVER_MET' | 'SILENT';
};

// How long an accepted pair may go without meeting before leads are asked to check in.
export const CHECK_IN_AFTER_DAYS = { neverMet: 21, silent: 30 } as const;

// Accepted pairs that never met within 21 days of accepting, or have not met for 30 days,
// at `now` (optionally in one cohort). Reads only.
export function findPairsNeedingCheckIn(
  m: EntityManager,
  now: Date,
  cohortId: string | null,
): Promise<CheckInRow[]> {
  return m.query<CheckInRow[]>(
    `WITH met AS (
       SELECT match_id, max(starts_at) AS last_session_at FROM mentorship_session
        WHERE status = ANY ($3::text[]) AND ($2::uuid IS NULL OR cohort_id = $2) GROUP BY 1
     ), last AS (
       SELECT x.id, x.cohort_id, x.mentor_id, x.mentee_id, x.responded_at, x.check_in_notified_at, met.last_session_at
         FROM match x LEFT JOIN met ON met.match_id = x.id
        WHERE x.status = $4 AND ($2::uuid IS NULL OR x.cohort_id = $2)
     )
     SELECT id, cohort_id AS "cohortId", mentor_id AS "mentorId", mentee_id AS "menteeId",
            responded_at AS "acceptedAt", last_session_at AS "lastSessionAt", check_in_notified_at AS "notifiedAt",
            CASE WHEN last_session_at IS NULL THEN 'NEVER_MET' ELSE 'SILENT' END AS reason
       FROM last
      WHERE (last_session_at IS NULL AND responded_at < $1::timestamptz - make_interval(days => $5))
         OR (last_session_at < $1::timestamptz - make_interval(days => $6))`,
    [
      now,
      cohortId,
      MET_SESSION_STATUSES,
      'ACCEPTED',
      CHECK_IN_AFTER_DAYS.neverMet,
      CHECK_IN_AFTER_DAYS.silent,
    ],
  );
}
