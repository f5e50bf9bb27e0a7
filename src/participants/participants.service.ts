import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { hashPassword } from '../auth/password';
import type { AuthUser } from '../common/auth/auth-user';
import { Role } from '../common/enums';
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

const UNIQUE_VIOLATION = '23505';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectRepository(ParticipantEntity) private readonly repo: Repository<ParticipantEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  // Creates the account and its profile in one statement: all of it or nothing.
  async create(
    input: Pick<SignUpInput, 'email' | 'password'> & Parameters<typeof checkProfile>[0],
  ): Promise<ParticipantEntity> {
    const checked = checkProfile(input);
    if (!checked.ok) {
      throw new InvalidInputError(checked.errors);
    }
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.repo.save(this.repo.create({ ...checked.profile, email, passwordHash }));
    } catch (error) {
      throw this.translateWriteError(error);
    }
  }

  translateWriteError(error: unknown): unknown {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
      return conflict('An account with this email already exists. Log in instead.', 'EMAIL_TAKEN', 'email');
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
    if (viewer.id !== id && viewer.role !== Role.LEAD) {
      throw forbidden("You can only see your own profile.", 'NOT_YOUR_PROFILE');
    }
    return this.get(id);
  }

  async updateProfile(viewer: AuthUser, input: UpdateProfileInput): Promise<ParticipantEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ParticipantEntity, {
        where: { id: viewer.id },
        lock: { mode: 'pessimistic_write' },
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
  canSeeEmail(viewer: AuthUser | undefined, target: ParticipantEntity): boolean {
    return !!viewer && (viewer.id === target.id || viewer.role === Role.LEAD);
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
    const base = () => {
      const qb = this.repo.createQueryBuilder('p');
      where.forEach((clause, i) => (i === 0 ? qb.where(clause, params) : qb.andWhere(clause, params)));
      return qb;
    };
    const page = base().orderBy('p.createdAt', 'ASC').addOrderBy('p.id', 'ASC').take(pageSize + 1);
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
