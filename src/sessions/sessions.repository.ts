// The SQL of sessions (and the pairs' meeting record): the only module that queries
// mentorship_session and session_feedback. Statuses reach SQL as parameters.
import type { EntityManager } from 'typeorm';
import {
  BUSY_SESSION_STATUSES,
  MET_SESSION_STATUSES,
  type SessionStatusName,
} from '../common/vocabulary';
import { SESSION_REMINDER_BEFORE_MS } from './session-rules';
import { FeedbackEntity, SessionEntity } from './session.entity';

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

// Another session of either person, busy between `from` and `to`; `who` says whose. A
// session being moved (`exceptId`) does not clash with its own old time.
export async function findClash(
  m: EntityManager,
  pair: { mentorId: string; menteeId: string },
  from: Date,
  to: Date,
  exceptId: string | null = null,
): Promise<{ id: string; who: 'mentor' | 'mentee' } | null> {
  const rows = await m.query<{ id: string; who: 'mentor' | 'mentee' }[]>(
    `SELECT id, CASE WHEN mentor_id = $1 OR mentee_id = $1 THEN 'mentor' ELSE 'mentee' END AS who
       FROM mentorship_session
      WHERE status = ANY ($5::text[])
        AND (mentor_id IN ($1, $2) OR mentee_id IN ($1, $2))
        AND starts_at < $4 AND starts_at + make_interval(mins => duration_minutes) > $3
        AND ($6::uuid IS NULL OR id <> $6::uuid)
      LIMIT 1`,
    [pair.mentorId, pair.menteeId, from, to, BUSY_SESSION_STATUSES, exceptId],
  );
  return rows[0] ?? null;
}

export type NewSession = Omit<
  SessionEntity,
  'id' | 'createdAt' | 'cancelReason' | 'calendarSequence' | 'remindedAt'
> & { remindedAt?: Date | null };

export const insertSession = (m: EntityManager, row: NewSession): Promise<SessionEntity> =>
  m.save(
    SessionEntity,
    m.create(SessionEntity, { remindedAt: null, ...row, cancelReason: null, calendarSequence: 0 }),
  );

export const findSession = (m: EntityManager, id: string): Promise<SessionEntity | null> =>
  m.findOneBy(SessionEntity, { id });

// FOR NO KEY UPDATE: feedback inserts (KEY SHARE on the session) do not wait on it.
export const lockSession = (m: EntityManager, id: string): Promise<SessionEntity | null> =>
  m
    .createQueryBuilder(SessionEntity, 's')
    .where('s.id = :id', { id })
    .setLock('for_no_key_update')
    .getOne();

// `newCalendarVersion` raises the calendar SEQUENCE in the same statement (a cancellation).
export async function updateSessionStatus(
  m: EntityManager,
  id: string,
  change: Pick<SessionEntity, 'status' | 'completedAt' | 'cancelReason'>,
  newCalendarVersion = false,
): Promise<SessionEntity> {
  await m.update(
    SessionEntity,
    { id },
    newCalendarVersion ? { ...change, calendarSequence: () => 'calendar_sequence + 1' } : change,
  );
  return m.findOneByOrFail(SessionEntity, { id });
}

// A new time for a booked session; its calendar SEQUENCE goes up in the same statement.
export async function moveSession(
  m: EntityManager,
  id: string,
  change: Pick<SessionEntity, 'startsAt' | 'durationMinutes' | 'remindedAt'>,
): Promise<SessionEntity> {
  await m.update(
    SessionEntity,
    { id },
    { ...change, calendarSequence: () => 'calendar_sequence + 1' },
  );
  return m.findOneByOrFail(SessionEntity, { id });
}

export type SessionReminderRow = {
  id: string;
  matchId: string;
  cohortId: string;
  mentorId: string;
  menteeId: string;
  startsAt: Date;
  calendarSequence: number;
};

// Marks, once, the booked sessions whose reminder is due at `now` (sessionReminderDue in
// session-rules.ts says the same for one session): one statement, so two instances
// running it at once remind each session once.
export async function markSessionRemindersDue(
  m: EntityManager,
  now: Date,
  cohortId: string | null,
): Promise<SessionReminderRow[]> {
  const [rows] = await m.query<[SessionReminderRow[], number]>(
    `UPDATE mentorship_session SET reminded_at = $1
      WHERE status = $2 AND reminded_at IS NULL AND starts_at > $1
        AND starts_at <= $1::timestamptz + make_interval(secs => $3::double precision)
        AND ($4::uuid IS NULL OR cohort_id = $4)
      RETURNING id, match_id AS "matchId", cohort_id AS "cohortId", mentor_id AS "mentorId",
                mentee_id AS "menteeId", starts_at AS "startsAt",
                calendar_sequence AS "calendarSequence"`,
    [now, 'SCHEDULED' satisfies SessionStatusName, SESSION_REMINDER_BEFORE_MS / 1000, cohortId],
  );
  return rows;
}

export const findSessionsOf = (m: EntityManager, personId: string): Promise<SessionEntity[]> =>
  m.find(SessionEntity, {
    where: [{ mentorId: personId }, { menteeId: personId }],
    order: { startsAt: 'ASC', id: 'ASC' },
  });

export const findSessionsByMatchIds = (
  m: EntityManager,
  matchIds: readonly string[],
): Promise<SessionEntity[]> =>
  m
    .createQueryBuilder(SessionEntity, 's')
    .where('s.match_id = ANY (:ids::uuid[])', { ids: [...matchIds] })
    .orderBy('s.startsAt', 'ASC')
    .addOrderBy('s.id', 'ASC')
    .getMany();

export type NewFeedback = Omit<FeedbackEntity, 'id' | 'createdAt'>;

export const insertFeedback = (m: EntityManager, row: NewFeedback): Promise<FeedbackEntity> =>
  m.save(FeedbackEntity, m.create(FeedbackEntity, row));

export const findFeedbackBySessionIds = (
  m: EntityManager,
  ids: readonly string[],
): Promise<FeedbackEntity[]> =>
  m
    .createQueryBuilder(FeedbackEntity, 'f')
    .where('f.session_id = ANY (:ids::uuid[])', { ids: [...ids] })
    .orderBy('f.createdAt', 'ASC')
    .addOrderBy('f.id', 'ASC')
    .getMany();

// One check-in flagging at a time (the sweep and a report may overlap): otherwise two could
// both find the same pairs fresh and notify the leads twice. Held until the transaction ends.
export async function lockCheckInFlagging(m: EntityManager): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('puente:check-ins'))`);
}

// A leaving person's words about sessions (agendas, cancellation reasons, the comments of
// their feedback) go with their account; times, statuses and ratings stay for reports.
// A cancelled session keeps a reason (a CHECK says so): `placeholder` stands in for it.
export async function clearSessionWordsOf(
  m: EntityManager,
  personId: string,
  placeholder: string,
): Promise<void> {
  await m.query(
    `UPDATE mentorship_session
        SET agenda = NULL, cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE $2 END
      WHERE (mentor_id = $1 OR mentee_id = $1) AND (agenda IS NOT NULL OR cancel_reason IS NOT NULL)`,
    [personId, placeholder],
  );
  await m.query(
    `UPDATE session_feedback SET comment = NULL WHERE author_id = $1 AND comment IS NOT NULL`,
    [personId],
  );
}
