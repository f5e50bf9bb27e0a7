// The SQL of matches, their history and the runs that proposed them: the only module that
// queries match, match_event and match_run. Statuses reach SQL as parameters from the one
// vocabulary; a proposal past its time is read through match_status_at (read-time expiry).
import type { EntityManager } from 'typeorm';
import { decodeCursor } from '../common/cursor';
import { containsPattern, foldedSql, foldText } from '../common/sql';
import {
  CLOSED_PAIR_STATUSES,
  LIVE_STATUSES,
  PAST_PAIR_STATUSES,
  PLACE_HOLDING_STATUSES,
  SETTLED_STATUSES,
  type DeclineReason,
  type MatchStatusName,
} from '../common/vocabulary';
import { withoutUnverified, type MenteeRow, type MentorRow } from '../matching/build-instance';
import type { PairRef } from '../matching/engine/types';
import { findPairRefs } from '../cohorts/cohorts.repository';
import { remainingPlaces } from './capacity';
import { effectiveStatus, REMINDER_BEFORE_EXPIRY_MS } from './match-transitions';
import { MatchEntity, MatchEventEntity, MatchRunEntity } from './match.entity';

export type MatchParty = Pick<MatchEntity, 'id' | 'cohortId' | 'mentorId' | 'menteeId'>;

export type EventRow = {
  match: Pick<MatchEntity, 'id' | 'cohortId'>;
  from: MatchStatusName | null;
  to: MatchStatusName;
  actorId: string | null;
  reason?: string | null;
  note?: string | null;
};

export type Page = { pageSize: number; after?: string };

export async function insertEvents(m: EntityManager, events: EventRow[]): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) {
    await m.insert(
      MatchEventEntity,
      events.slice(i, i + 1000).map((e) => ({
        matchId: e.match.id,
        cohortId: e.match.cohortId,
        fromStatus: e.from,
        toStatus: e.to,
        actorId: e.actorId,
        reason: e.reason ?? null,
        note: e.note ?? null,
      })),
    );
  }
}

// The one place an expiry is written (the background sweep, and a run for its own cohort
// before it counts places): PROPOSED → EXPIRED for proposals past their time.
export async function expireDue(
  m: EntityManager,
  now: Date,
  cohortId: string | null,
): Promise<MatchParty[]> {
  const [expired] = await m.query<[MatchParty[], number]>(
    `UPDATE match SET status = $2, closed_at = $1, updated_at = now()
      WHERE status = $3 AND expires_at <= $1 AND ($4::uuid IS NULL OR cohort_id = $4)
      RETURNING id, cohort_id AS "cohortId", mentor_id AS "mentorId", mentee_id AS "menteeId"`,
    [now, 'EXPIRED' satisfies MatchStatusName, 'PROPOSED' satisfies MatchStatusName, cohortId],
  );
  return expired;
}

// Marks, once, the unanswered proposals whose reminder is due at `now` (reminderDue in
// match-transitions.ts says the same for one match): one statement, so two instances
// running it at once remind each proposal once.
export async function markRemindersDue(
  m: EntityManager,
  now: Date,
  cohortId: string | null,
): Promise<(MatchParty & { expiresAt: Date })[]> {
  const [rows] = await m.query<[(MatchParty & { expiresAt: Date })[], number]>(
    `UPDATE match SET reminded_at = $1
      WHERE status = $2 AND reminded_at IS NULL AND expires_at > $1
        AND expires_at - make_interval(secs => $3::double precision) <= $1
        AND proposed_at <= expires_at - make_interval(secs => $3::double precision)
        AND ($4::uuid IS NULL OR cohort_id = $4)
      RETURNING id, cohort_id AS "cohortId", mentor_id AS "mentorId", mentee_id AS "menteeId",
                expires_at AS "expiresAt"`,
    [now, 'PROPOSED' satisfies MatchStatusName, REMINDER_BEFORE_EXPIRY_MS / 1000, cohortId],
  );
  return rows;
}

// Reads derive expiry: a proposal past its time reads as EXPIRED at `now`, without a write.
// The expiry rule itself is effectiveStatus (match-transitions.ts).
const asOf = (match: MatchEntity, now: Date): MatchEntity => {
  const status = effectiveStatus(match, now);
  return status === match.status ? match : { ...match, status, closedAt: match.expiresAt };
};

export const readAsOf = asOf;

export function lockMatch(m: EntityManager, id: string): Promise<MatchEntity | null> {
  return m.findOne(MatchEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
}

export async function saveMatch(m: EntityManager, match: MatchEntity): Promise<void> {
  await m.save(MatchEntity, match);
}

export async function findMatch(
  m: EntityManager,
  id: string,
  now: Date,
): Promise<MatchEntity | null> {
  const match = await m.findOneBy(MatchEntity, { id });
  return match && asOf(match, now);
}

export async function findMatches(
  m: EntityManager,
  ids: readonly string[],
  now: Date,
): Promise<MatchEntity[]> {
  const rows = await m
    .createQueryBuilder(MatchEntity, 'x')
    .where('x.id = ANY (:ids::uuid[])', { ids: [...ids] })
    .getMany();
  return rows.map((x) => asOf(x, now));
}

export async function findForMentor(
  m: EntityManager,
  mentorId: string,
  now: Date,
): Promise<MatchEntity[]> {
  const rows = await m.find(MatchEntity, {
    where: { mentorId },
    order: { proposedAt: 'DESC', id: 'ASC' },
  });
  return rows.map((x) => asOf(x, now));
}

export async function findForMentee(
  m: EntityManager,
  menteeId: string,
  statuses: readonly MatchStatusName[],
  now: Date,
): Promise<MatchEntity[]> {
  const rows = await m
    .createQueryBuilder(MatchEntity, 'x')
    .where('x.mentee_id = :menteeId', { menteeId })
    .andWhere('x.status = ANY (:statuses::text[])', { statuses: [...statuses] })
    .orderBy('x.proposedAt', 'DESC')
    .addOrderBy('x.id', 'ASC')
    .getMany();
  return rows.map((x) => asOf(x, now));
}

// A cohort's matches, a page at a time, filtered by the status they have at `now`.
export async function cohortMatchesPage(
  m: EntityManager,
  cohortId: string,
  filter: { status?: MatchStatusName; person?: string },
  page: Page,
  now: Date,
): Promise<{ rows: MatchEntity[]; total: number }> {
  const person = filter.person?.trim();
  const base = () => {
    const qb = m.createQueryBuilder(MatchEntity, 'm').where('m.cohort_id = :cohortId', {
      cohortId,
    });
    if (filter.status) {
      qb.andWhere('match_status_at(m.status, m.expires_at, :now) = :status', {
        status: filter.status,
        now,
      });
    }
    if (person) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM participant p WHERE p.id IN (m.mentor_id, m.mentee_id)
           AND ${foldedSql('p.display_name')} LIKE :person ESCAPE '\\')`,
        { person: containsPattern(foldText(person)) },
      );
    }
    return qb;
  };
  const query = base()
    .orderBy('m.proposedAt', 'ASC')
    .addOrderBy('m.id', 'ASC')
    .take(page.pageSize + 1);
  if (page.after) {
    query.andWhere(
      '(m.proposed_at, m.id) > (:at::timestamptz, :id::uuid)',
      decodeCursor(page.after),
    );
  }
  const [rows, total] = await Promise.all([query.getMany(), base().getCount()]);
  return { rows: rows.map((x) => asOf(x, now)), total };
}

export async function runWeights(
  m: EntityManager,
  runIds: readonly string[],
): Promise<{ id: string; weights: Record<string, number> }[]> {
  return m
    .createQueryBuilder(MatchRunEntity, 'r')
    .select(['r.id', 'r.weights'])
    .where('r.id = ANY (:ids::uuid[])', { ids: [...runIds] })
    .getMany();
}

export function history(
  m: EntityManager,
  matchIds: readonly string[],
): Promise<MatchEventEntity[]> {
  return m
    .createQueryBuilder(MatchEventEntity, 'e')
    .where('e.match_id = ANY (:ids::uuid[])', { ids: [...matchIds] })
    .orderBy('e.createdAt', 'ASC')
    .addOrderBy('e.id', 'ASC')
    .getMany();
}

export async function cohortHistoryPage(
  m: EntityManager,
  cohortId: string,
  page: Page,
): Promise<{ rows: MatchEventEntity[]; total: number }> {
  const query = m
    .createQueryBuilder(MatchEventEntity, 'e')
    .where('e.cohort_id = :cohortId', { cohortId })
    .orderBy('e.createdAt', 'ASC')
    .addOrderBy('e.id', 'ASC')
    .take(page.pageSize + 1);
  if (page.after) {
    query.andWhere(
      '(e.created_at, e.id) > (:at::timestamptz, :id::uuid)',
      decodeCursor(page.after),
    );
  }
  const [rows, total] = await Promise.all([
    query.getMany(),
    m.countBy(MatchEventEntity, { cohortId }),
  ]);
  return { rows, total };
}

export function listRuns(m: EntityManager, cohortId: string): Promise<MatchRunEntity[]> {
  return m.find(MatchRunEntity, { where: { cohortId }, order: { createdAt: 'DESC' } });
}

export async function runProposals(
  m: EntityManager,
  runId: string,
  now: Date,
): Promise<MatchEntity[]> {
  const rows = await m.find(MatchEntity, {
    where: { runId },
    order: { proposedAt: 'ASC', id: 'ASC' },
  });
  return rows.map((x) => asOf(x, now));
}

export function insertRun(
  m: EntityManager,
  run: Omit<MatchRunEntity, 'id' | 'createdAt'>,
): Promise<MatchRunEntity> {
  return m.save(MatchRunEntity, m.create(MatchRunEntity, run));
}

export async function setRunDuration(
  m: EntityManager,
  runId: string,
  durationMs: number,
): Promise<void> {
  await m.update(MatchRunEntity, { id: runId }, { durationMs });
}

export type NewProposal = Pick<
  MatchEntity,
  | 'cohortId'
  | 'runId'
  | 'mentorId'
  | 'menteeId'
  | 'status'
  | 'score'
  | 'breakdown'
  | 'proposedAt'
  | 'expiresAt'
>;

export async function insertProposals(
  m: EntityManager,
  rows: NewProposal[],
): Promise<MatchEntity[]> {
  const saved: MatchEntity[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const inserted = await m
      .createQueryBuilder()
      .insert()
      .into(MatchEntity)
      .values(chunk)
      .returning(['id'])
      .execute();
    const raw = inserted.raw as { id: string }[];
    raw.forEach((r, j) =>
      saved.push({
        ...chunk[j],
        id: r.id,
        remindedAt: null,
        respondedAt: null,
        closedAt: null,
        declineReason: null as DeclineReason | null,
        declineNote: null,
        endReason: null,
      }),
    );
  }
  return saved;
}

// Who a run considers: mentees with no settled match in the cohort, mentors with places
// left (the capacity rule), and the pairs that must not be proposed: lead exclusions, a
// pair declined anywhere, a pair that closed in this cohort (declined, expired or ended),
// and pairs from earlier cohorts unless the cohort allows them again.
function withoutFlag<T extends { verified: boolean }>(row: T): Omit<T, 'verified'> {
  const copy: Partial<T> = { ...row };
  delete copy.verified;
  return copy as Omit<T, 'verified'>;
}

export async function loadCandidates(
  m: EntityManager,
  cohort: { id: string; allowRepeatPairs: boolean; requireVerifiedEmail: boolean },
): Promise<{
  mentees: MenteeRow[];
  mentors: MentorRow[];
  exclusions: PairRef[];
  pins: PairRef[];
  unverifiedMentees: string[];
}> {
  const everyMentee = await m.query<(MenteeRow & { verified: boolean })[]>(
    `SELECT p.id, p.languages, p.preferred_language AS "preferredLanguage", p.timezone, p.availability,
            p.interests, p.goals, p.underrepresented, p.email_verified_at IS NOT NULL AS verified
       FROM cohort_member cm JOIN participant p ON p.id = cm.participant_id
      WHERE cm.cohort_id = $1 AND cm.role = $2 AND p.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM match x WHERE x.cohort_id = cm.cohort_id AND x.mentee_id = cm.participant_id
                        AND x.status = ANY ($3::text[]))
      ORDER BY p.id`,
    [cohort.id, 'MENTEE', SETTLED_STATUSES],
  );
  const menteesKept = withoutUnverified(everyMentee, cohort.requireVerifiedEmail);
  const mentees: MenteeRow[] = menteesKept.kept.map(withoutFlag);
  const everyMentor = (
    await m.query<
      (Omit<MentorRow, 'remaining'> & { capacity: number; held: number; verified: boolean })[]
    >(
      `SELECT p.id, p.languages, p.preferred_language AS "preferredLanguage", p.timezone, p.availability,
              p.interests, p.expertise, cm.capacity, p.email_verified_at IS NOT NULL AS verified,
              (SELECT count(*) FROM match x WHERE x.cohort_id = cm.cohort_id AND x.mentor_id = cm.participant_id
                AND x.status = ANY ($3::text[]))::int AS held
         FROM cohort_member cm JOIN participant p ON p.id = cm.participant_id
        WHERE cm.cohort_id = $1 AND cm.role = $2 AND p.deleted_at IS NULL
        ORDER BY p.id`,
      [cohort.id, 'MENTOR', PLACE_HOLDING_STATUSES],
    )
  )
    .map(({ capacity, held, ...mentor }) => ({
      ...mentor,
      remaining: remainingPlaces(capacity, held),
    }))
    .filter((x) => x.remaining > 0);
  const mentors: MentorRow[] = withoutUnverified(everyMentor, cohort.requireVerifiedEmail).kept.map(
    withoutFlag,
  );
  const closed = await m.query<PairRef[]>(
    `SELECT DISTINCT x.mentor_id AS "mentorId", x.mentee_id AS "menteeId" FROM match x
       JOIN cohort_member a ON a.cohort_id = $1 AND a.participant_id = x.mentor_id
       JOIN cohort_member b ON b.cohort_id = $1 AND b.participant_id = x.mentee_id
      WHERE x.status = $3
         OR (x.cohort_id = $1 AND x.status = ANY ($4::text[]))
         OR (NOT $2::boolean AND x.cohort_id <> $1 AND x.status = ANY ($5::text[]))`,
    [
      cohort.id,
      cohort.allowRepeatPairs,
      'DECLINED' satisfies MatchStatusName,
      CLOSED_PAIR_STATUSES,
      PAST_PAIR_STATUSES,
    ],
  );
  // The lead's pair rules live with the cohort.
  const excluded = await findPairRefs(m, cohort.id, 'EXCLUDE');
  const pins = await findPairRefs(m, cohort.id, 'PIN');
  const seen = new Set<string>();
  const exclusions = [...excluded, ...closed].filter((p) => {
    const key = `${p.mentorId}:${p.menteeId}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const menteeIds = new Set(mentees.map((x) => x.id));
  const mentorIds = new Set(mentors.map((x) => x.id));
  const keep = (p: PairRef) => menteeIds.has(p.menteeId) && mentorIds.has(p.mentorId);
  return {
    mentees,
    mentors,
    exclusions: exclusions.filter(keep),
    pins: pins.filter(keep),
    unverifiedMentees: menteesKept.left,
  };
}

// What the capacity rule's readers need of one mentor: places held and capacity.
export async function mentorPlaces(
  m: EntityManager,
  cohortId: string,
  mentorId: string,
): Promise<{ capacity: number; held: number; stored: number } | null> {
  const rows = await m.query<{ capacity: number; held: number; stored: number }[]>(
    `SELECT cm.capacity, cm.places_held AS stored,
            (SELECT count(*) FROM match x WHERE x.cohort_id = cm.cohort_id AND x.mentor_id = cm.participant_id
              AND x.status = ANY ($3::text[]))::int AS held
       FROM cohort_member cm WHERE cm.cohort_id = $1 AND cm.participant_id = $2`,
    [cohortId, mentorId, PLACE_HOLDING_STATUSES],
  );
  return rows[0] ?? null;
}

// Match rows as bookings see them: the pair, its cohort and status.
export type BookableMatch = {
  id: string;
  cohortId: string;
  mentorId: string;
  menteeId: string;
  status: string;
};

const MATCH_COLUMNS = `id, cohort_id AS "cohortId", mentor_id AS "mentorId", mentee_id AS "menteeId", status`;

export async function findMatchForBooking(
  m: EntityManager,
  matchId: string,
): Promise<BookableMatch | null> {
  const rows = await m.query<BookableMatch[]>(`SELECT ${MATCH_COLUMNS} FROM match WHERE id = $1`, [
    matchId,
  ]);
  return rows[0] ?? null;
}

// FOR SHARE: ending or completing the match waits for this booking, and a booking never
// lands on a match that was just ended. Taken after the participants' locks (lock order:
// cohort, participant, match, session).
export async function shareLockMatch(
  m: EntityManager,
  matchId: string,
): Promise<BookableMatch | null> {
  const rows = await m.query<BookableMatch[]>(
    `SELECT ${MATCH_COLUMNS} FROM match WHERE id = $1 FOR SHARE`,
    [matchId],
  );
  return rows[0] ?? null;
}

// Check-ins: the sweep notes when leads were told about a quiet pair.
export async function markCheckInNotified(
  m: EntityManager,
  matchIds: readonly string[],
  now: Date,
): Promise<void> {
  await m.query(`UPDATE match SET check_in_notified_at = $2 WHERE id = ANY ($1::uuid[])`, [
    [...matchIds],
    now,
  ]);
}

// The live matches of a person who is leaving, locked for the change (account deletion).
export async function lockLiveMatchesOf(m: EntityManager, personId: string) {
  return m.query<(MatchParty & { status: MatchStatusName })[]>(
    `SELECT id, cohort_id AS "cohortId", mentor_id AS "mentorId", mentee_id AS "menteeId", status
       FROM match WHERE (mentor_id = $1 OR mentee_id = $1) AND status = ANY ($2::text[])
      ORDER BY id FOR NO KEY UPDATE`,
    [personId, LIVE_STATUSES],
  );
}

// A live match closed because one of its people left (departureStatus says to what).
export async function closeForDeparture(
  m: EntityManager,
  id: string,
  to: MatchStatusName,
  now: Date,
): Promise<void> {
  await m.query(`UPDATE match SET status = $2, closed_at = $3, updated_at = now() WHERE id = $1`, [
    id,
    to,
    now,
  ]);
}

// The words written about a person's matches (a decline's note, an ending's reason, by
// either person or a lead) may speak of them and go with their account; statuses and the
// fixed decline reasons stay for the reports.
export async function clearMatchWordsOf(m: EntityManager, personId: string): Promise<void> {
  await m.query(
    `UPDATE match SET decline_note = NULL, end_reason = NULL
      WHERE (mentor_id = $1 OR mentee_id = $1) AND (decline_note IS NOT NULL OR end_reason IS NOT NULL)`,
    [personId],
  );
  await m.query(
    `UPDATE match_event e
        SET note = NULL, reason = CASE WHEN e.to_status = ANY ($2::text[]) THEN NULL ELSE e.reason END
       FROM match x
      WHERE x.id = e.match_id AND (x.mentor_id = $1 OR x.mentee_id = $1)
        AND (e.note IS NOT NULL OR (e.reason IS NOT NULL AND e.to_status = ANY ($2::text[])))`,
    [personId, ['ENDED', 'COMPLETED'] satisfies MatchStatusName[]],
  );
}
