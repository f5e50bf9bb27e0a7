// The SQL of cohorts: the only module that queries cohort, cohort_member and pair_rule.
// Functions take the EntityManager of the caller's transaction (no Nest here, so the middle
// tier can call them). Statuses and roles reach SQL as parameters, never as literals.
import type { EntityManager } from 'typeorm';
import { PLACE_HOLDING_STATUSES } from '../common/vocabulary';
import type { ScoreWeights } from '../matching/engine/types';
import type { CohortStatusName } from './cohort-transitions';

export type MemberRole = 'MENTEE' | 'MENTOR';
export type PairRuleKindName = 'PIN' | 'EXCLUDE';

export type CohortRow = {
  id: string;
  name: string;
  startsOn: string; // 'YYYY-MM-DD'
  endsOn: string;
  status: CohortStatusName;
  minOverlapMinutes: number;
  targetOverlapMinutes: number;
  weights: ScoreWeights;
  expiryDays: number;
  allowRepeatPairs: boolean;
  requireVerifiedEmail: boolean;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

// What a lead sets on a cohort (create and update write the same columns).
export type CohortSettingsRow = Pick<
  CohortRow,
  | 'name'
  | 'startsOn'
  | 'endsOn'
  | 'minOverlapMinutes'
  | 'targetOverlapMinutes'
  | 'weights'
  | 'expiryDays'
  | 'allowRepeatPairs'
  | 'requireVerifiedEmail'
>;

export type MemberRow = {
  id: string;
  cohortId: string;
  participantId: string;
  role: MemberRole;
  capacity: number | null;
  joinedAt: Date;
};

export type CohortCountsRow = {
  cohortId: string;
  mentees: number;
  mentors: number;
  // Places mentors offer, and places held by matches (capacity.ts: PLACE_HOLDING_STATUSES).
  capacity: number;
  placesHeld: number;
};

export type PairRuleRow = {
  id: string;
  cohortId: string;
  mentorId: string;
  menteeId: string;
  kind: PairRuleKindName;
  createdBy: string | null;
  createdAt: Date;
};

export type JoiningPersonRow = { id: string; role: MemberRole | 'LEAD'; capacity: number | null };

// Row locks: NO KEY UPDATE serialises changes of a cohort without blocking the KEY SHARE
// locks that inserts referencing it take; SHARE keeps the status still while someone joins.
export type CohortLock = 'NO KEY UPDATE' | 'SHARE';

// A cohort that everyone may see, member or not.
const PUBLIC_STATUS: CohortStatusName = 'OPEN';
const MENTEE: MemberRole = 'MENTEE';
const MENTOR: MemberRole = 'MENTOR';

const COHORT = `c.id, c.name, c.starts_on::text AS "startsOn", c.ends_on::text AS "endsOn",
  c.status, c.min_overlap_minutes AS "minOverlapMinutes",
  c.target_overlap_minutes AS "targetOverlapMinutes", c.weights, c.expiry_days AS "expiryDays",
  c.allow_repeat_pairs AS "allowRepeatPairs",
  c.require_verified_email AS "requireVerifiedEmail", c.created_by AS "createdBy",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

const MEMBER = `cm.id, cm.cohort_id AS "cohortId", cm.participant_id AS "participantId",
  cm.role, cm.capacity, cm.joined_at AS "joinedAt"`;

const RULE = `r.id, r.cohort_id AS "cohortId", r.mentor_id AS "mentorId",
  r.mentee_id AS "menteeId", r.kind, r.created_by AS "createdBy", r.created_at AS "createdAt"`;

// TypeORM's query() gives [rows, affected] for UPDATE/DELETE on PostgreSQL.
type Written<T> = [T[], number];

export async function insertCohort(
  m: EntityManager,
  settings: CohortSettingsRow,
  createdBy: string | null,
): Promise<CohortRow> {
  const rows = await m.query<CohortRow[]>(
    `INSERT INTO cohort AS c (name, starts_on, ends_on, status, min_overlap_minutes,
       target_overlap_minutes, weights, expiry_days, allow_repeat_pairs, created_by,
       require_verified_email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING ${COHORT}`,
    [
      settings.name,
      settings.startsOn,
      settings.endsOn,
      'DRAFT' satisfies CohortStatusName,
      settings.minOverlapMinutes,
      settings.targetOverlapMinutes,
      JSON.stringify(settings.weights),
      settings.expiryDays,
      settings.allowRepeatPairs,
      createdBy,
      settings.requireVerifiedEmail,
    ],
  );
  return rows[0];
}

export async function updateCohortSettings(
  m: EntityManager,
  cohortId: string,
  settings: CohortSettingsRow,
): Promise<CohortRow | null> {
  const [rows] = await m.query<Written<CohortRow>>(
    `UPDATE cohort AS c SET name = $2, starts_on = $3, ends_on = $4, min_overlap_minutes = $5,
       target_overlap_minutes = $6, weights = $7, expiry_days = $8, allow_repeat_pairs = $9,
       require_verified_email = $10
     WHERE c.id = $1
     RETURNING ${COHORT}`,
    [
      cohortId,
      settings.name,
      settings.startsOn,
      settings.endsOn,
      settings.minOverlapMinutes,
      settings.targetOverlapMinutes,
      JSON.stringify(settings.weights),
      settings.expiryDays,
      settings.allowRepeatPairs,
      settings.requireVerifiedEmail,
    ],
  );
  return rows[0] ?? null;
}

export async function updateCohortStatus(
  m: EntityManager,
  cohortId: string,
  status: CohortStatusName,
): Promise<CohortRow | null> {
  const [rows] = await m.query<Written<CohortRow>>(
    `UPDATE cohort AS c SET status = $2 WHERE c.id = $1 RETURNING ${COHORT}`,
    [cohortId, status],
  );
  return rows[0] ?? null;
}

export async function findCohort(
  m: EntityManager,
  cohortId: string,
  lock?: CohortLock,
): Promise<CohortRow | null> {
  const forLock =
    lock === 'NO KEY UPDATE' ? 'FOR NO KEY UPDATE' : lock === 'SHARE' ? 'FOR SHARE' : '';
  const rows = await m.query<CohortRow[]>(
    `SELECT ${COHORT} FROM cohort c WHERE c.id = $1 ${forLock}`,
    [cohortId],
  );
  return rows[0] ?? null;
}

export function findCohortsByIds(m: EntityManager, ids: readonly string[]): Promise<CohortRow[]> {
  return m.query<CohortRow[]>(`SELECT ${COHORT} FROM cohort c WHERE c.id = ANY ($1::uuid[])`, [
    [...ids],
  ]);
}

// Leads see every cohort; participants the open ones and their own. Newest start first.
export function listCohortsFor(
  m: EntityManager,
  viewer: { id: string; role: string },
): Promise<CohortRow[]> {
  const everyone = viewer.role === 'LEAD';
  return m.query<CohortRow[]>(
    `SELECT ${COHORT} FROM cohort c
      WHERE $1::boolean OR c.status = $2
         OR EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.cohort_id = c.id AND cm.participant_id = $3)
      ORDER BY c.starts_on DESC, c.created_at DESC, c.id`,
    [everyone, PUBLIC_STATUS, viewer.id],
  );
}

export async function isMember(
  m: EntityManager,
  cohortId: string,
  participantId: string,
): Promise<boolean> {
  const rows = await m.query<{ member: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM cohort_member WHERE cohort_id = $1 AND participant_id = $2) AS member`,
    [cohortId, participantId],
  );
  return rows[0].member;
}

// One person's places in the given cohorts (for the myMembership DataLoader).
export function findMemberships(
  m: EntityManager,
  participantId: string,
  cohortIds: readonly string[],
): Promise<MemberRow[]> {
  return m.query<MemberRow[]>(
    `SELECT ${MEMBER} FROM cohort_member cm
      WHERE cm.participant_id = $1 AND cm.cohort_id = ANY ($2::uuid[])`,
    [participantId, [...cohortIds]],
  );
}

// People in the cohorts, places offered and places held; a cohort without members counts 0.
export function countCohorts(
  m: EntityManager,
  cohortIds: readonly string[],
): Promise<CohortCountsRow[]> {
  return m.query<CohortCountsRow[]>(
    `WITH wanted AS (SELECT DISTINCT unnest($1::uuid[]) AS cohort_id),
     members AS (
       SELECT cohort_id,
              count(*) FILTER (WHERE role = $2)::int AS mentees,
              count(*) FILTER (WHERE role = $3)::int AS mentors,
              coalesce(sum(capacity), 0)::int AS capacity
         FROM cohort_member WHERE cohort_id = ANY ($1::uuid[]) GROUP BY cohort_id
     ), held AS (
       SELECT cohort_id, count(*)::int AS held FROM match
        WHERE cohort_id = ANY ($1::uuid[]) AND status = ANY ($4::text[]) GROUP BY cohort_id
     )
     SELECT w.cohort_id AS "cohortId", coalesce(x.mentees, 0) AS mentees,
            coalesce(x.mentors, 0) AS mentors, coalesce(x.capacity, 0) AS capacity,
            coalesce(h.held, 0) AS "placesHeld"
       FROM wanted w
       LEFT JOIN members x ON x.cohort_id = w.cohort_id
       LEFT JOIN held h ON h.cohort_id = w.cohort_id`,
    [[...cohortIds], MENTEE, MENTOR, PLACE_HOLDING_STATUSES],
  );
}

// The stored statuses that hold a mentor's places in a cohort (the capacity rule). A due
// proposal holds its place until the sweep writes EXPIRED, as the database's CHECK sees it.
export async function countPlacesHeld(
  m: EntityManager,
  cohortId: string,
  mentorId: string,
): Promise<number> {
  const rows = await m.query<{ held: number }[]>(
    `SELECT count(*)::int AS held FROM match
      WHERE cohort_id = $1 AND mentor_id = $2 AND status = ANY ($3::text[])`,
    [cohortId, mentorId, PLACE_HOLDING_STATUSES],
  );
  return rows[0].held;
}

// The person who joins, as the cohort sees them: role and default capacity.
export async function findJoiningPerson(
  m: EntityManager,
  participantId: string,
): Promise<JoiningPersonRow | null> {
  const rows = await m.query<JoiningPersonRow[]>(
    `SELECT id, role, capacity FROM participant WHERE id = $1`,
    [participantId],
  );
  return rows[0] ?? null;
}

// False when the person is already in the cohort (nothing is written then).
export async function insertMember(
  m: EntityManager,
  member: { cohortId: string; participantId: string; role: MemberRole; capacity: number | null },
): Promise<boolean> {
  const rows = await m.query<{ id: string }[]>(
    `INSERT INTO cohort_member (cohort_id, participant_id, role, capacity)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (cohort_id, participant_id) DO NOTHING RETURNING id`,
    [member.cohortId, member.participantId, member.role, member.capacity],
  );
  return rows.length === 1;
}

export async function findMemberForUpdate(
  m: EntityManager,
  cohortId: string,
  participantId: string,
): Promise<MemberRow | null> {
  const rows = await m.query<MemberRow[]>(
    `SELECT ${MEMBER} FROM cohort_member cm
      WHERE cm.cohort_id = $1 AND cm.participant_id = $2 FOR NO KEY UPDATE`,
    [cohortId, participantId],
  );
  return rows[0] ?? null;
}

export async function setMemberCapacity(
  m: EntityManager,
  memberId: string,
  capacity: number,
): Promise<MemberRow> {
  const [rows] = await m.query<Written<MemberRow>>(
    `UPDATE cohort_member cm SET capacity = $2 WHERE cm.id = $1 RETURNING ${MEMBER}`,
    [memberId, capacity],
  );
  return rows[0];
}

export function findMembers(
  m: EntityManager,
  cohortId: string,
  participantIds: readonly string[],
): Promise<MemberRow[]> {
  return m.query<MemberRow[]>(
    `SELECT ${MEMBER} FROM cohort_member cm
      WHERE cm.cohort_id = $1 AND cm.participant_id = ANY ($2::uuid[])`,
    [cohortId, [...participantIds]],
  );
}

// Null when the pair already has a rule, or (for a PIN) the mentee is already pinned.
export async function insertPairRule(
  m: EntityManager,
  rule: Pick<PairRuleRow, 'cohortId' | 'mentorId' | 'menteeId' | 'kind' | 'createdBy'>,
): Promise<PairRuleRow | null> {
  const rows = await m.query<PairRuleRow[]>(
    `INSERT INTO pair_rule AS r (cohort_id, mentor_id, mentee_id, kind, created_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING RETURNING ${RULE}`,
    [rule.cohortId, rule.mentorId, rule.menteeId, rule.kind, rule.createdBy],
  );
  return rows[0] ?? null;
}

export async function deletePairRule(m: EntityManager, ruleId: string): Promise<boolean> {
  const [, affected] = await m.query<Written<{ id: string }>>(
    `DELETE FROM pair_rule WHERE id = $1 RETURNING id`,
    [ruleId],
  );
  return affected > 0;
}

// The rules of the given cohorts, oldest first (for the pairRules DataLoader).
export function findPairRules(
  m: EntityManager,
  cohortIds: readonly string[],
): Promise<PairRuleRow[]> {
  return m.query<PairRuleRow[]>(
    `SELECT ${RULE} FROM pair_rule r WHERE r.cohort_id = ANY ($1::uuid[])
      ORDER BY r.created_at, r.id`,
    [[...cohortIds]],
  );
}

// The pairs a cohort's rules of one kind name, for the matcher (pins and lead exclusions).
export function findPairRefs(
  m: EntityManager,
  cohortId: string,
  kind: PairRuleKindName,
): Promise<{ mentorId: string; menteeId: string }[]> {
  return m.query<{ mentorId: string; menteeId: string }[]>(
    `SELECT mentor_id AS "mentorId", mentee_id AS "menteeId" FROM pair_rule
      WHERE cohort_id = $1 AND kind = $2 ORDER BY created_at, id`,
    [cohortId, kind],
  );
}
