// Small fixtures for the participants, sessions and notifications middle specs: rows
// written directly, so each spec controls exactly what its query sees.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export type PersonRole = 'MENTEE' | 'MENTOR' | 'LEAD';

export async function person(
  ds: DataSource,
  role: PersonRole,
  over: { email?: string; name?: string; timezone?: string; interests?: string[] } = {},
): Promise<string> {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO participant (email, password_hash, display_name, role, languages, preferred_language,
       timezone, interests, capacity)
     VALUES ($1, 'x', $2, $3, ARRAY['EN','ES'], 'EN', $4, $5, $6) RETURNING id`,
    [
      over.email ?? `${role.toLowerCase()}.${randomUUID().slice(0, 12)}@example.org`,
      over.name ?? `${role} ${randomUUID().slice(0, 6)}`,
      role,
      over.timezone ?? 'America/Bogota',
      over.interests ?? [],
      role === 'MENTOR' ? 2 : null,
    ],
  );
  return row.id;
}

export async function cohort(ds: DataSource, startsOn = '2027-03-01', endsOn = '2027-05-31') {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO cohort (name, starts_on, ends_on, status, weights)
     VALUES ($1, $2, $3, 'ACTIVE', '{}') RETURNING id`,
    [`Cohort ${randomUUID().slice(0, 6)}`, startsOn, endsOn],
  );
  return row.id;
}

export async function member(
  ds: DataSource,
  cohortId: string,
  id: string,
  role: PersonRole,
  capacity = 2,
) {
  await ds.query(
    `INSERT INTO cohort_member (cohort_id, participant_id, role, capacity) VALUES ($1, $2, $3, $4)`,
    [cohortId, id, role, role === 'MENTOR' ? capacity : null],
  );
}

// A match in the given status (inserted as such: the status guard watches updates only).
export async function match(
  ds: DataSource,
  cohortId: string,
  mentorId: string,
  menteeId: string,
  status: string,
  respondedAt: Date | null = null,
): Promise<string> {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO match (cohort_id, mentor_id, mentee_id, status, score, breakdown, expires_at,
       responded_at, decline_reason)
     VALUES ($1, $2, $3, $4, 500, '{}', now() + interval '7 days', $5, $6) RETURNING id`,
    [cohortId, mentorId, menteeId, status, respondedAt, status === 'DECLINED' ? 'OTHER' : null],
  );
  return row.id;
}

export async function session(
  ds: DataSource,
  m: { id: string; cohortId: string; mentorId: string; menteeId: string },
  startsAt: string,
  status = 'SCHEDULED',
  durationMinutes = 60,
): Promise<string> {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO mentorship_session (match_id, cohort_id, mentor_id, mentee_id, starts_at,
       duration_minutes, status, cancel_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      m.id,
      m.cohortId,
      m.mentorId,
      m.menteeId,
      startsAt,
      durationMinutes,
      status,
      status === 'CANCELLED' ? 'test' : null,
    ],
  );
  return row.id;
}
