// Rows for the report's middle-tier specs, inserted directly (no services): people, a cohort,
// its runs, matches of every status, sessions and feedback. Every value a spec asserts is
// computed by hand from the numbers written here.
import type { EntityManager } from 'typeorm';
import { scoreOf, type ScoreComponents } from '../../src/matching/engine/score';
import type { ScoreWeights } from '../../src/matching/engine/types';

export type Person = {
  name: string;
  role: 'MENTEE' | 'MENTOR';
  languages: ('EN' | 'ES')[];
  timezone: string;
  underrepresented?: boolean;
  capacity?: number;
};

export async function insertPerson(m: EntityManager, p: Person): Promise<string> {
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO participant (email, password_hash, display_name, role, languages, preferred_language,
                              timezone, capacity, underrepresented)
     VALUES ($1, 'not-a-hash', $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      `${p.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.org`,
      p.name,
      p.role,
      p.languages,
      p.languages[0],
      p.timezone,
      p.role === 'MENTOR' ? (p.capacity ?? 1) : null,
      p.role === 'MENTEE' ? (p.underrepresented ?? false) : null,
    ],
  );
  return row.id;
}

export async function insertCohort(
  m: EntityManager,
  name: string,
  weights: ScoreWeights,
  startsOn = '2027-03-01',
): Promise<string> {
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO cohort (name, starts_on, ends_on, status, weights)
     VALUES ($1, $2::date, $2::date + 90, 'ACTIVE', $3) RETURNING id`,
    [name, startsOn, JSON.stringify(weights)],
  );
  return row.id;
}

export async function insertMember(
  m: EntityManager,
  cohortId: string,
  participantId: string,
  role: 'MENTEE' | 'MENTOR',
  joinedAt: Date,
  capacity: number | null = null,
): Promise<void> {
  await m.query(
    `INSERT INTO cohort_member (cohort_id, participant_id, role, capacity, joined_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [cohortId, participantId, role, role === 'MENTOR' ? capacity : null, joinedAt],
  );
}

export async function insertRun(
  m: EntityManager,
  cohortId: string,
  weights: Record<string, number>,
  createdAt: Date,
  unmatched: { menteeId: string; reasons: string[] }[],
): Promise<string> {
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO match_run (cohort_id, created_at, weights, settings, input_hash, mentee_count,
                            mentor_count, matched_count, total_score, unmatched)
     VALUES ($1, $2, $3, '{}', 'fixture', 0, 0, 0, 0, $4) RETURNING id`,
    [
      cohortId,
      createdAt,
      JSON.stringify(weights),
      JSON.stringify(unmatched.map((u) => ({ ...u, compatibleMentors: 0 }))),
    ],
  );
  return row.id;
}

export type FixtureMatch = {
  cohortId: string;
  runId: string | null;
  mentorId: string;
  menteeId: string;
  status: string;
  parts: ScoreComponents;
  // The weights the pair was scored with (its run's, or the cohort's): the stored total.
  weights: ScoreWeights;
  overlap: number;
  proposedAt: Date;
  expiresAt: Date;
  hoursToAnswer: number | null;
  declineReason?: string;
};

export async function insertMatch(m: EntityManager, x: FixtureMatch): Promise<string> {
  const respondedAt =
    x.hoursToAnswer === null
      ? null
      : new Date(x.proposedAt.getTime() + x.hoursToAnswer * 3_600_000);
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO match (cohort_id, run_id, mentor_id, mentee_id, status, score, breakdown, proposed_at,
                        expires_at, responded_at, decline_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      x.cohortId,
      x.runId,
      x.mentorId,
      x.menteeId,
      x.status,
      scoreOf(x.parts, x.weights),
      JSON.stringify({
        ...x.parts,
        overlapMinutesPerWeek: x.overlap,
        sharedInterests: [],
        overlap: [],
      }),
      x.proposedAt,
      x.expiresAt,
      respondedAt,
      x.declineReason ?? null,
    ],
  );
  return row.id;
}

export async function insertSession(
  m: EntityManager,
  match: { id: string; cohortId: string; mentorId: string; menteeId: string },
  startsAt: Date,
  minutes: number,
  status: 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW',
): Promise<string> {
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO mentorship_session (match_id, cohort_id, mentor_id, mentee_id, starts_at,
                                     duration_minutes, status, cancel_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      match.id,
      match.cohortId,
      match.mentorId,
      match.menteeId,
      startsAt,
      minutes,
      status,
      status === 'CANCELLED' ? 'Sick' : null,
    ],
  );
  return row.id;
}

export async function insertFeedback(
  m: EntityManager,
  session: { id: string; cohortId: string; menteeId: string },
  authorId: string,
  rating: number,
): Promise<void> {
  await m.query(
    `INSERT INTO session_feedback (session_id, cohort_id, author_id, mentee_id, rating)
     VALUES ($1, $2, $3, $4, $5)`,
    [session.id, session.cohortId, authorId, session.menteeId, rating],
  );
}
