// Rows for the cohorts middle-tier specs, written straight through the repository (cohorts)
// or plain SQL (the people and matches a cohort needs), each with fresh ids.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MatchStatusName } from '../../src/common/vocabulary';
import { NEW_COHORT_SETTINGS } from '../../src/cohorts/cohort-settings';
import type { CohortStatusName } from '../../src/cohorts/cohort-transitions';
import {
  insertCohort,
  insertMember,
  updateCohortStatus,
  type CohortRow,
  type MemberRole,
} from '../../src/cohorts/cohorts.repository';

export async function makePerson(
  m: EntityManager,
  role: MemberRole | 'LEAD',
  capacity: number | null = role === 'MENTOR' ? 3 : null,
): Promise<string> {
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO participant (email, password_hash, display_name, role, languages,
       preferred_language, timezone, capacity)
     VALUES ($1, 'x', 'Persona de prueba', $2, ARRAY['ES'], 'ES', 'America/Bogota', $3)
     RETURNING id`,
    [`${randomUUID()}@example.org`, role, capacity],
  );
  return row.id;
}

export async function makeCohort(
  m: EntityManager,
  options: { name?: string; startsOn?: string; status?: CohortStatusName } = {},
): Promise<CohortRow> {
  const startsOn = options.startsOn ?? '2027-03-01';
  const cohort = await insertCohort(
    m,
    {
      ...NEW_COHORT_SETTINGS,
      name: options.name ?? 'Cohorte de prueba',
      startsOn,
      endsOn: `${startsOn.slice(0, 4)}-12-31`,
    },
    null,
  );
  if (!options.status || options.status === 'DRAFT') {
    return cohort;
  }
  const moved = await updateCohortStatus(m, cohort.id, options.status);
  if (!moved) {
    throw new Error('the cohort just made is gone');
  }
  return moved;
}

export async function makeMember(
  m: EntityManager,
  cohortId: string,
  role: MemberRole,
  capacity: number | null = role === 'MENTOR' ? 3 : null,
): Promise<string> {
  const participantId = await makePerson(m, role, capacity);
  await insertMember(m, { cohortId, participantId, role, capacity });
  return participantId;
}

export async function makeMatch(
  m: EntityManager,
  pair: { cohortId: string; mentorId: string; menteeId: string },
  status: MatchStatusName,
): Promise<string> {
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO match (cohort_id, mentor_id, mentee_id, status, score, breakdown, expires_at,
       decline_reason)
     VALUES ($1, $2, $3, $4, 500, '{}', now() + interval '7 days', $5)
     RETURNING id`,
    [pair.cohortId, pair.mentorId, pair.menteeId, status, status === 'DECLINED' ? 'OTHER' : null],
  );
  return row.id;
}
