// Small fixtures for middle-tier specs: rows inserted straight into the database, with
// only what the constraints require.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MatchStatusName } from '../../src/common/vocabulary';

export async function person(
  m: EntityManager,
  role: 'MENTEE' | 'MENTOR' | 'LEAD',
  extra: { displayName?: string; underrepresented?: boolean | null } = {},
): Promise<string> {
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO participant (email, password_hash, display_name, role, languages, preferred_language,
                              timezone, availability, interests, capacity, underrepresented)
     VALUES ($1, 'x', $2, $3, ARRAY['EN', 'ES'], 'ES', 'America/Bogota',
             '[{"day":"MON","start":"09:00","end":"17:00"}]', ARRAY['python'], $4, $5)
     RETURNING id`,
    [
      `${randomUUID()}@example.org`,
      extra.displayName ?? `${role.toLowerCase()} ${randomUUID().slice(0, 4)}`,
      role,
      role === 'MENTOR' ? 10 : null,
      extra.underrepresented ?? null,
    ],
  );
  return row.id;
}

export async function cohort(m: EntityManager, status = 'OPEN'): Promise<string> {
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO cohort (name, starts_on, ends_on, status, weights)
     VALUES ('Cohorte', '2027-03-01', '2027-05-30', $1,
             '{"language":1,"availability":1,"interests":1,"goals":1,"equity":0.5}')
     RETURNING id`,
    [status],
  );
  return row.id;
}

export async function member(
  m: EntityManager,
  cohortId: string,
  participantId: string,
  role: 'MENTEE' | 'MENTOR',
  capacity: number | null = role === 'MENTOR' ? 1 : null,
): Promise<void> {
  await m.query(
    `INSERT INTO cohort_member (cohort_id, participant_id, role, capacity) VALUES ($1, $2, $3, $4)`,
    [cohortId, participantId, role, capacity],
  );
}

export async function match(
  m: EntityManager,
  row: {
    cohortId: string;
    mentorId: string;
    menteeId: string;
    status?: MatchStatusName;
    score?: number;
    breakdown?: Record<string, unknown>;
    expiresAt?: Date;
  },
): Promise<string> {
  const status = row.status ?? 'PROPOSED';
  const [inserted] = await m.query<{ id: string }[]>(
    `INSERT INTO match (cohort_id, mentor_id, mentee_id, status, score, breakdown, expires_at, decline_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      row.cohortId,
      row.mentorId,
      row.menteeId,
      status,
      row.score ?? 500,
      JSON.stringify(row.breakdown ?? {}),
      row.expiresAt ?? new Date('2099-01-01T00:00:00Z'),
      status === 'DECLINED' ? 'NO_TIME' : null,
    ],
  );
  return inserted.id;
}
