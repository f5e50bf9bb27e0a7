import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import type { GqlContext } from '../common/graphql/gql-context';
import { byKeys, requestLoader } from '../common/graphql/loaders';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { hashPassword } from '../auth/password';
import type { AuthUser } from '../common/auth/auth-user';
import {
  badInput,
  conflict,
  forbidden,
  InvalidInputError,
  notFound,
} from '../common/errors/app-error';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  toConnection,
  type Connection,
} from '../common/graphql/connection';
import type { ParticipantFilter } from './dto/participant-filter.input';
import type { SignUpInput } from './dto/sign-up.input';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { ParticipantEntity } from './participant.entity';
import { checkProfile, type Profile } from './profile';
import { canonicalTimeZone, normalizeTag } from './profile-rules';
import { containsPattern } from '../common/sql';

const UNIQUE_VIOLATION = '23505';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectRepository(ParticipantEntity) private readonly repo: Repository<ParticipantEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  // Checks and hashes outside any transaction (argon2 is slow; the embedded database has
  // one connection), then inserts in the caller's transaction.
  async prepare(
    input: Pick<SignUpInput, 'email' | 'password'> & Parameters<typeof checkProfile>[0],
  ): Promise<Omit<ParticipantEntity, 'id' | 'createdAt' | 'updatedAt'>> {
    const checked = checkProfile(input);
    if (!checked.ok) {
      throw new InvalidInputError(checked.errors);
    }
    return {
      ...checked.profile,
      email: normalizeEmail(input.email),
      passwordHash: await hashPassword(input.password),
    };
  }

  async insert(
    m: EntityManager,
    prepared: Omit<ParticipantEntity, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<ParticipantEntity> {
    try {
      return await m.save(ParticipantEntity, m.create(ParticipantEntity, prepared));
    } catch (error) {
      throw this.translateWriteError(error);
    }
  }

  translateWriteError(error: unknown): unknown {
    if (
      error instanceof QueryFailedError &&
      (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
    ) {
      return conflict(
        'An account with this email already exists. Log in instead.',
        'EMAIL_TAKEN',
        'email',
      );
    }
    return error;
  }

  findByEmail(email: string): Promise<ParticipantEntity | null> {
    return this.repo.findOneBy({ email: normalizeEmail(email) });
  }

  async get(id: string): Promise<ParticipantEntity> {
    const found = await this.repo.findOneBy({ id });
    if (!found) {
      throw notFound('The participant');
    }
    return found;
  }

  // A participant reads their own profile; leads read anyone's.
  async getFor(viewer: AuthUser, id: string): Promise<ParticipantEntity> {
    if (viewer.id !== id && viewer.role !== 'LEAD') {
      throw forbidden('You can only see your own profile.', 'NOT_YOUR_PROFILE');
    }
    return this.get(id);
  }

  async updateProfile(viewer: AuthUser, input: UpdateProfileInput): Promise<ParticipantEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ParticipantEntity, {
        where: { id: viewer.id },
        lock: { mode: 'for_no_key_update' },
      });
      if (!current) {
        throw notFound('Your account');
      }
      const merged: Profile = {
        role: current.role,
        displayName: input.displayName ?? current.displayName,
        languages: input.languages ?? current.languages,
        preferredLanguage: input.preferredLanguage ?? current.preferredLanguage,
        timezone: input.timezone ?? current.timezone,
        availability: input.availability ?? current.availability,
        interests: input.interests ?? current.interests,
        goals: input.goals === undefined ? current.goals : (input.goals ?? []),
        expertise: input.expertise === undefined ? current.expertise : (input.expertise ?? []),
        about: input.about === undefined ? current.about : input.about,
        capacity: input.capacity === undefined ? current.capacity : input.capacity,
        underrepresented:
          input.underrepresented === undefined ? current.underrepresented : input.underrepresented,
      };
      const checked = checkProfile(merged);
      if (!checked.ok) {
        throw new InvalidInputError(checked.errors);
      }
      Object.assign(current, checked.profile);
      return manager.save(current);
    });
  }

  // Emails: the person and leads. Self-identification: the person alone, never leads,
  // so that only suppressed aggregates ever leave the system.
  // ... and the other person of an accepted or completed match, so the two can meet.
  async canSeeEmail(
    viewer: AuthUser | undefined,
    target: ParticipantEntity,
    ctx: GqlContext,
  ): Promise<boolean> {
    if (!viewer) {
      return false;
    }
    if (viewer.id === target.id || viewer.role === 'LEAD') {
      return true;
    }
    const contacts = await requestLoader<string, Set<string>>(ctx, 'participant-contacts', (ids) =>
      Promise.all(ids.map((id) => this.contactsOf(id))),
    ).load(viewer.id);
    return contacts.has(target.id);
  }

  private async contactsOf(viewerId: string): Promise<Set<string>> {
    const rows: { other: string }[] = await this.dataSource.query(
      `SELECT CASE WHEN mentor_id = $1 THEN mentee_id ELSE mentor_id END AS other
         FROM match WHERE status IN ('ACCEPTED', 'COMPLETED') AND (mentor_id = $1 OR mentee_id = $1)`,
      [viewerId],
    );
    return new Set(rows.map((r) => r.other));
  }

  // Participants by id, batched per request.
  loader(ctx: GqlContext) {
    return requestLoader<string, ParticipantEntity>(ctx, 'participant-by-id', async (ids) =>
      byKeys(ids, await this.repo.findBy({ id: In([...ids]) }), (p) => p.id, 'participant'),
    );
  }

  canSeeSelfIdentification(viewer: AuthUser | undefined, target: ParticipantEntity): boolean {
    return !!viewer && viewer.id === target.id;
  }

  async list(
    filter: ParticipantFilter,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<ParticipantEntity>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where: string[] = [];
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
      const zone = canonicalTimeZone(filter.timezone);
      if (!zone) {
        throw badInput('filter.timezone', 'is not a known IANA time zone');
      }
      where.push('p.timezone = :timezone');
      params.timezone = zone;
    }
    if (filter.interest) {
      where.push('p.interests @> ARRAY[:interest]::text[]');
      params.interest = normalizeTag(filter.interest);
    }
    if (filter.cohortId) {
      where.push(
        'EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.cohort_id = :cohortId AND cm.participant_id = p.id)',
      );
      params.cohortId = filter.cohortId;
    }
    const name = filter.name?.trim();
    if (name) {
      where.push(`p.display_name ILIKE :name ESCAPE '\\'`);
      params.name = containsPattern(name);
    }
    const base = () => {
      const qb = this.repo.createQueryBuilder('p');
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
      const cursor = decodeCursor(after);
      page.andWhere('(p.created_at, p.id) > (:at::timestamptz, :id::uuid)', cursor);
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), base().getCount()]);
    return toConnection(
      rows,
      pageSize,
      totalCount,
      (p) => ({ at: p.createdAt.toISOString(), id: p.id }),
      !!after,
    );
  }
}
