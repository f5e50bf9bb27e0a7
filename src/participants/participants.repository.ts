// The SQL of participants: the only module that queries the participant table. Statuses
// and roles reach SQL as parameters. Each function takes the caller's EntityManager so it
// runs inside the caller's transaction.
import type { EntityManager } from 'typeorm';
import { CONTACT_STATUSES, type RoleName } from '../common/vocabulary';
import { containsPattern, foldedSql, foldText } from '../common/sql';
import type { KeysetCursor } from '../common/cursor';
import { ParticipantEntity } from './participant.entity';

// A new account's address is unverified unless the caller says otherwise (the demo seed).
export type NewParticipant = Omit<
  ParticipantEntity,
  'id' | 'createdAt' | 'updatedAt' | 'emailVerifiedAt' | 'emailPreferences' | 'deletedAt'
> & { emailVerifiedAt?: Date | null; emailPreferences?: { off: string[] } };

// What a profile edit writes: the checked profile (its role is the stored one, unchanged).
export type ProfileChanges = Omit<
  NewParticipant,
  'email' | 'passwordHash' | 'emailVerifiedAt' | 'emailPreferences'
>;

// A participant filter in stored form (zone canonical, tag normalised).
export type ParticipantQuery = {
  role?: RoleName;
  language?: string;
  timezone?: string;
  interest?: string;
  cohortId?: string;
  name?: string;
};

export const findParticipantById = (
  m: EntityManager,
  id: string,
): Promise<ParticipantEntity | null> => m.findOneBy(ParticipantEntity, { id });

export const findParticipantsByIds = (
  m: EntityManager,
  ids: readonly string[],
): Promise<ParticipantEntity[]> =>
  m
    .createQueryBuilder(ParticipantEntity, 'p')
    .where('p.id = ANY (:ids::uuid[])', { ids: [...ids] })
    .getMany();

// `email` is already in its one normal form (common/email.ts).
export const findParticipantByEmail = (
  m: EntityManager,
  email: string,
): Promise<ParticipantEntity | null> => m.findOneBy(ParticipantEntity, { email });

export async function insertParticipant(
  m: EntityManager,
  row: NewParticipant,
): Promise<ParticipantEntity> {
  return m.save(ParticipantEntity, m.create(ParticipantEntity, row));
}

// Row locks that serialise work on these people (bookings, profile edits), taken in id
// order. FOR NO KEY UPDATE: it does not conflict with the KEY SHARE locks that inserts
// referencing a participant take (a match or session insert elsewhere), which FOR UPDATE
// would, and so deadlock with runMatching.
export async function lockParticipants(
  m: EntityManager,
  ids: readonly string[],
): Promise<ParticipantEntity[]> {
  const sorted = [...new Set(ids)].sort();
  return m
    .createQueryBuilder(ParticipantEntity, 'p')
    .where('p.id = ANY (:ids::uuid[])', { ids: sorted })
    .orderBy('p.id', 'ASC')
    .setLock('for_no_key_update')
    .getMany();
}

export async function updateProfile(
  m: EntityManager,
  id: string,
  changes: ProfileChanges,
): Promise<ParticipantEntity> {
  await m.update(ParticipantEntity, { id }, changes);
  return m.findOneByOrFail(ParticipantEntity, { id });
}

// The people the viewer shares an accepted or completed match with.
export async function findContactIds(m: EntityManager, viewerId: string): Promise<string[]> {
  const rows = await m.query<{ other: string }[]>(
    `SELECT CASE WHEN mentor_id = $1 THEN mentee_id ELSE mentor_id END AS other
       FROM match WHERE status = ANY ($2::text[]) AND (mentor_id = $1 OR mentee_id = $1)`,
    [viewerId, CONTACT_STATUSES],
  );
  return rows.map((r) => r.other);
}

export async function findIdsByRole(m: EntityManager, role: RoleName): Promise<string[]> {
  const rows = await m.query<{ id: string }[]>(
    `SELECT id FROM participant WHERE role = $1 AND deleted_at IS NULL ORDER BY id`,
    [role],
  );
  return rows.map((r) => r.id);
}

// One page of participants in sign-up order, and how many match the filter in all.
export async function listParticipants(
  m: EntityManager,
  filter: ParticipantQuery,
  pageSize: number,
  after: KeysetCursor | null,
): Promise<{ rows: ParticipantEntity[]; totalCount: number }> {
  // A deleted account is not a person any more: it stays only in the records it left.
  const where: string[] = ['p.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (filter.role) {
    where.push('p.role = :role');
    params.role = filter.role;
  }
  if (filter.language) {
    where.push(':language = ANY (p.languages)');
    params.language = filter.language;
  }
  if (filter.timezone) {
    where.push('p.timezone = :timezone');
    params.timezone = filter.timezone;
  }
  if (filter.interest) {
    where.push('p.interests @> ARRAY[:interest]::text[]');
    params.interest = filter.interest;
  }
  if (filter.cohortId) {
    where.push(
      'EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.cohort_id = :cohortId AND cm.participant_id = p.id)',
    );
    params.cohortId = filter.cohortId;
  }
  if (filter.name) {
    where.push(`${foldedSql('p.display_name')} LIKE :name ESCAPE '\\'`);
    params.name = containsPattern(foldText(filter.name));
  }
  const base = () => {
    const qb = m.createQueryBuilder(ParticipantEntity, 'p');
    where.forEach((clause, i) =>
      i === 0 ? qb.where(clause, params) : qb.andWhere(clause, params),
    );
    return qb;
  };
  const page = base()
    .orderBy('p.createdAt', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .take(pageSize + 1);
  if (after) {
    page.andWhere('(p.created_at, p.id) > (:at::timestamptz, :id::uuid)', after);
  }
  const [rows, totalCount] = await Promise.all([page.getMany(), base().getCount()]);
  return { rows, totalCount };
}

// Account deletion: the row stays (matches, sessions and reports point at it) with nothing
// personal left: a placeholder name and address, no free text, no self-identification, a
// password that matches nothing, and every login ended.
export async function anonymiseParticipant(
  m: EntityManager,
  id: string,
  placeholder: { displayName: string; email: string },
  now: Date,
): Promise<void> {
  await m.query(
    `UPDATE participant
        SET display_name = $2, email = $3, password_hash = '!', about = NULL, underrepresented = NULL,
            availability = '[]'::jsonb, email_verified_at = NULL, email_preferences = '{"off": []}'::jsonb,
            token_version = token_version + 1, deleted_at = $4, updated_at = now()
      WHERE id = $1`,
    [id, placeholder.displayName, placeholder.email, now],
  );
}

export async function countOtherLeads(m: EntityManager, id: string): Promise<number> {
  const [row] = await m.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM participant WHERE role = $1 AND id <> $2 AND deleted_at IS NULL`,
    ['LEAD' satisfies RoleName, id],
  );
  return row.n;
}
