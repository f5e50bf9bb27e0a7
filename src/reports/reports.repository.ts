// The SQL of the leads' report: the only module that queries for it. Every function reads
// only; statuses reach SQL as parameters from the vocabulary. Rows come back raw (one per
// member group, match, mentee, ...) and the figures are computed in TypeScript by the
// section builders (sections/*.ts) with the engine's score formula and report-maths.
import { In, type EntityManager } from 'typeorm';
import { CohortEntity } from '../cohorts/cohort.entity';
import {
  isOneOf,
  MATCH_STATUSES,
  MATCHED_STATUSES,
  MET_SESSION_STATUSES,
  SESSION_STATUSES,
  SETTLED_STATUSES,
  type MatchStatusName,
  type SessionStatusName,
} from '../common/vocabulary';
import { MatchEntity } from '../matches/match.entity';
import type { ScoreParts } from '../matching/engine/score-view';
import { DEFAULT_WEIGHTS, type ScoreWeights } from '../matching/engine/types';

// A zone's UTC offset (hours) at noon of the cohort's first day, in the database's tz data.
const offsetAtStart = (zone: string) =>
  `(extract(epoch from ((c.starts_on + time '12:00') - (((c.starts_on + time '12:00') AT TIME ZONE ${zone}) AT TIME ZONE 'UTC'))) / 3600)::float8`;

export type MemberGroupRow = {
  role: 'MENTEE' | 'MENTOR';
  languages: string[];
  timezone: string;
  offsetHours: number;
  people: number;
  capacity: number;
};

// The parts of a pair's score as the engine stored them, and the weights it was scored with.
export type MatchFactRow = {
  id: string;
  status: MatchStatusName;
  expiresAt: Date;
  parts: ScoreParts;
  weights: ScoreWeights;
  overlapMinutesPerWeek: number;
  hoursToAnswer: number | null;
  declineReason: string | null;
};

// Mentees by self-identification: how many, the hours from joining to the first accepted
// match of each matched one, and the ratings of their sessions.
export type MenteeGroupRow = {
  underrepresented: boolean;
  mentees: number;
  hoursToMatch: number[];
  ratingSum: number;
  ratingCount: number;
};

export type SessionCountRow = { status: SessionStatusName; sessions: number; minutes: number };

export type RatingTotalsRow = { sum: number; count: number };

export type UnmatchedGroupRow = {
  reason: string;
  languages: string[];
  timezone: string;
  offsetHours: number;
  mentees: number;
};

export type CsvPerson = { id: string; name: string; timezone: string };

export type CsvPairRow = {
  mentor: string;
  mentee: string;
  mentorPerson: CsvPerson;
  menteePerson: CsvPerson;
  status: MatchStatusName;
  expiresAt: Date;
  parts: ScoreParts;
  weights: ScoreWeights;
  overlapMinutesPerWeek: number;
  proposedAt: Date;
  completedSessions: number;
};

// Typed at the boundary: numbers from SQL may come back as strings (bigint, numeric), jsonb
// parts as anything the row holds.
const num = (x: unknown): number => (x === null || x === undefined ? 0 : Number(x));
const numOrNull = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));

const matchStatus = (x: unknown): MatchStatusName => {
  const s = String(x);
  if (!isOneOf(MATCH_STATUSES, s)) {
    throw new Error(`unknown match status ${s}`);
  }
  return s;
};

// The weights a pair was scored with, as the engine reads them: a missing weight is the default.
export function toScoreWeights(raw: unknown): ScoreWeights {
  const w = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const read = (k: keyof ScoreWeights): number => {
    const value = w[k];
    return typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_WEIGHTS[k];
  };
  return {
    language: read('language'),
    availability: read('availability'),
    interests: read('interests'),
    goals: read('goals'),
    equity: read('equity'),
  };
}

type RawParts = {
  language: unknown;
  availability: unknown;
  interests: unknown;
  goals: unknown;
  equity: unknown;
};
const toParts = (r: RawParts): ScoreParts => ({
  language: num(r.language),
  availability: num(r.availability),
  interests: num(r.interests),
  goals: num(r.goals),
  equity: num(r.equity),
});

const PARTS_SQL = `(x.breakdown->>'language')::float8 AS language,
  (x.breakdown->>'availability')::float8 AS availability,
  (x.breakdown->>'interests')::float8 AS interests,
  (x.breakdown->>'goals')::float8 AS goals,
  (x.breakdown->>'equity')::float8 AS equity,
  (x.breakdown->>'overlapMinutesPerWeek')::float8 AS overlap,
  coalesce(r.weights, c.weights) AS weights`;

export function findCohort(m: EntityManager, cohortId: string): Promise<CohortEntity | null> {
  return m.findOneBy(CohortEntity, { id: cohortId });
}

// Members grouped by role, languages and zone; each zone's offset is computed once.
export async function memberGroups(m: EntityManager, cohortId: string): Promise<MemberGroupRow[]> {
  const rows = await m.query<Record<string, unknown>[]>(
    `SELECT g.role, g.languages, g.timezone, g.people, g.capacity, ${offsetAtStart('g.timezone')} AS offset
       FROM (SELECT cm.role, p.languages, p.timezone, count(*)::int AS people,
                    coalesce(sum(cm.capacity), 0)::int AS capacity
               FROM cohort_member cm JOIN participant p ON p.id = cm.participant_id
              WHERE cm.cohort_id = $1
              GROUP BY 1, 2, 3) g
       JOIN cohort c ON c.id = $1
      ORDER BY 1, 3, 2`,
    [cohortId],
  );
  return rows.map((r) => ({
    role: r.role === 'MENTOR' ? 'MENTOR' : 'MENTEE',
    languages: r.languages as string[],
    timezone: String(r.timezone),
    offsetHours: num(r.offset),
    people: num(r.people),
    capacity: num(r.capacity),
  }));
}

// One row per match of the cohort: its stored status (expiry is derived by the caller at
// the request's time), score parts and weights, and how long the mentor took to answer.
export async function matchFacts(m: EntityManager, cohortId: string): Promise<MatchFactRow[]> {
  const rows = await m.query<Record<string, unknown>[]>(
    `SELECT x.id, x.status, x.expires_at, x.decline_reason, ${PARTS_SQL},
            (extract(epoch from x.responded_at - x.proposed_at) / 3600)::float8 AS hours
       FROM match x JOIN cohort c ON c.id = x.cohort_id LEFT JOIN match_run r ON r.id = x.run_id
      WHERE x.cohort_id = $1
      ORDER BY x.proposed_at, x.id`,
    [cohortId],
  );
  return rows.map((r) => ({
    id: String(r.id),
    status: matchStatus(r.status),
    expiresAt: r.expires_at as Date,
    parts: toParts(r as RawParts),
    weights: toScoreWeights(r.weights),
    overlapMinutesPerWeek: num(r.overlap),
    hoursToAnswer: numOrNull(r.hours),
    declineReason: typeof r.decline_reason === 'string' ? r.decline_reason : null,
  }));
}

// Two rows at most (self-identified or not); the hours come as an array for the median.
export async function menteeGroups(m: EntityManager, cohortId: string): Promise<MenteeGroupRow[]> {
  const rows = await m.query<Record<string, unknown>[]>(
    `SELECT coalesce(p.underrepresented, false) AS urep, count(*)::int AS mentees,
            coalesce(array_agg((extract(epoch from x.matched_at - cm.joined_at) / 3600)::float8)
                       FILTER (WHERE x.matched_at IS NOT NULL), '{}') AS hours,
            coalesce(sum(f.total), 0)::int AS total, coalesce(sum(f.n), 0)::int AS n
       FROM cohort_member cm JOIN participant p ON p.id = cm.participant_id
       LEFT JOIN (SELECT mentee_id, min(responded_at) AS matched_at FROM match
                   WHERE cohort_id = $1 AND status = ANY ($2::text[]) GROUP BY 1) x
              ON x.mentee_id = cm.participant_id
       LEFT JOIN (SELECT mentee_id, sum(rating) AS total, count(*) AS n FROM session_feedback
                   WHERE cohort_id = $1 GROUP BY 1) f
              ON f.mentee_id = cm.participant_id
      WHERE cm.cohort_id = $1 AND cm.role = $3
      GROUP BY 1 ORDER BY 1 DESC`,
    [cohortId, MATCHED_STATUSES, 'MENTEE'],
  );
  return rows.map((r) => ({
    underrepresented: r.urep === true,
    mentees: num(r.mentees),
    hoursToMatch: (r.hours as unknown[]).map(num),
    ratingSum: num(r.total),
    ratingCount: num(r.n),
  }));
}

export async function sessionCounts(
  m: EntityManager,
  cohortId: string,
): Promise<SessionCountRow[]> {
  const rows = await m.query<Record<string, unknown>[]>(
    `SELECT status, count(*)::int AS sessions, coalesce(sum(duration_minutes), 0)::int AS minutes
       FROM mentorship_session WHERE cohort_id = $1 GROUP BY 1 ORDER BY 1`,
    [cohortId],
  );
  return rows.map((r) => {
    const status = String(r.status);
    if (!isOneOf(SESSION_STATUSES, status)) {
      throw new Error(`unknown session status ${status}`);
    }
    return { status, sessions: num(r.sessions), minutes: num(r.minutes) };
  });
}

export async function ratingTotals(m: EntityManager, cohortId: string): Promise<RatingTotalsRow> {
  const [row] = await m.query<Record<string, unknown>[]>(
    `SELECT coalesce(sum(rating), 0)::int AS sum, count(*)::int AS count
       FROM session_feedback WHERE cohort_id = $1`,
    [cohortId],
  );
  return { sum: num(row?.sum), count: num(row?.count) };
}

// From the latest run, mentees still without a settled match at `now` (a due proposal
// reads as expired, match_status_at), grouped by reason, languages and zone.
export async function unmatchedGroups(
  m: EntityManager,
  cohortId: string,
  now: Date,
): Promise<UnmatchedGroupRow[]> {
  const rows = await m.query<Record<string, unknown>[]>(
    `WITH run AS (SELECT unmatched FROM match_run WHERE cohort_id = $1 ORDER BY created_at DESC LIMIT 1),
          u AS (SELECT (x->>'menteeId')::uuid AS id, jsonb_array_elements_text(x->'reasons') AS reason
                  FROM run, jsonb_array_elements(run.unmatched) x)
     SELECT g.reason, g.languages, g.timezone, g.n, ${offsetAtStart('g.timezone')} AS offset
       FROM (SELECT u.reason, p.languages, p.timezone, count(*)::int AS n
               FROM u JOIN participant p ON p.id = u.id
              WHERE NOT EXISTS (SELECT 1 FROM match x WHERE x.cohort_id = $1 AND x.mentee_id = u.id
                                  AND match_status_at(x.status, x.expires_at, $3) = ANY ($2::text[]))
              GROUP BY 1, 2, 3) g
       JOIN cohort c ON c.id = $1
      ORDER BY 1, 3, 2`,
    [cohortId, SETTLED_STATUSES, now],
  );
  return rows.map((r) => ({
    reason: String(r.reason),
    languages: r.languages as string[],
    timezone: String(r.timezone),
    offsetHours: num(r.offset),
    mentees: num(r.n),
  }));
}

// The pairs of the CSV: names (no emails, no self-identification), parts and weights.
export async function csvPairs(m: EntityManager, cohortId: string): Promise<CsvPairRow[]> {
  const rows = await m.query<Record<string, unknown>[]>(
    `SELECT mentor.display_name AS mentor, mentee.display_name AS mentee, x.status, x.expires_at,
            mentor.id AS mentor_id, mentee.id AS mentee_id,
            mentor.timezone AS mentor_zone, mentee.timezone AS mentee_zone,
            x.proposed_at, ${PARTS_SQL},
            (SELECT count(*) FROM mentorship_session s
              WHERE s.match_id = x.id AND s.status = ANY ($2::text[]))::int AS sessions
       FROM match x JOIN participant mentor ON mentor.id = x.mentor_id
       JOIN participant mentee ON mentee.id = x.mentee_id
       JOIN cohort c ON c.id = x.cohort_id LEFT JOIN match_run r ON r.id = x.run_id
      WHERE x.cohort_id = $1
      ORDER BY x.proposed_at, mentor.display_name, mentee.display_name`,
    [cohortId, MET_SESSION_STATUSES],
  );
  return rows.map((r) => ({
    mentor: String(r.mentor),
    mentee: String(r.mentee),
    mentorPerson: {
      id: String(r.mentor_id),
      name: String(r.mentor),
      timezone: String(r.mentor_zone),
    },
    menteePerson: {
      id: String(r.mentee_id),
      name: String(r.mentee),
      timezone: String(r.mentee_zone),
    },
    status: matchStatus(r.status),
    expiresAt: r.expires_at as Date,
    parts: toParts(r as RawParts),
    weights: toScoreWeights(r.weights),
    overlapMinutesPerWeek: num(r.overlap),
    proposedAt: r.proposed_at as Date,
    completedSessions: num(r.sessions),
  }));
}

export function matchesByIds(m: EntityManager, ids: readonly string[]): Promise<MatchEntity[]> {
  return m.findBy(MatchEntity, { id: In([...ids]) });
}
