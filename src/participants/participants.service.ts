import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { hashPassword } from '../common/auth/password';
import { isUniqueViolation } from '../common/database-errors';
import { normalizeEmail } from '../common/email';
import { badInput, conflict, InvalidInputError, notFound } from '../common/errors/app-error';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  toConnection,
  type Connection,
} from '../common/graphql/connection';
import type { GqlContext } from '../common/graphql/gql-context';
import { byKeys, requestLoader } from '../common/graphql/loaders';
import {
  canReadEmail,
  canReadProfile,
  canReadSelfIdentification,
  isLead,
} from '../common/policy/access-policy';
import { enforce } from '../common/policy/policy-error';
import { canonicalTimeZone } from '../matching/engine/time-zone';
import { inTransaction } from '../common/transaction';
import type { ParticipantFilter } from './dto/participant-filter.input';
import type { SignUpInput } from './dto/sign-up.input';
import type { UpdateProfileInput } from './dto/update-profile.input';
import type { ParticipantEntity } from './participant.entity';
import {
  findContactIds,
  findParticipantByEmail,
  findParticipantById,
  findParticipantsByIds,
  insertParticipant,
  listParticipants,
  lockParticipants,
  updateProfile,
  type NewParticipant,
  type ParticipantQuery,
} from './participants.repository';
import { checkProfile, type Profile } from './profile';
import { normalizeTag } from './profile-rules';

// The address in its one form, or BAD_USER_INPUT naming `field` (look-alikes from other
// scripts, spaces or control characters left after NFKC are refused, not stored).
export function emailOrFail(raw: string, field = 'email'): string {
  const email = normalizeEmail(raw);
  if (!email) {
    throw badInput(
      field,
      'must be a plain email address (letters a-z, digits and . _ + - only, no look-alike characters)',
    );
  }
  return email;
}

@Injectable()
export class ParticipantsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Checks and hashes outside any transaction (argon2 is slow; the embedded database has
  // one connection), then inserts in the caller's transaction.
  async prepare(
    input: Pick<SignUpInput, 'email' | 'password'> & Parameters<typeof checkProfile>[0],
  ): Promise<NewParticipant> {
    const email = emailOrFail(input.email);
    const checked = checkProfile(input);
    if (!checked.ok) {
      throw new InvalidInputError(checked.errors);
    }
    return { ...checked.profile, email, passwordHash: await hashPassword(input.password) };
  }

  async insert(m: EntityManager, prepared: NewParticipant): Promise<ParticipantEntity> {
    try {
      return await insertParticipant(m, prepared);
    } catch (error) {
      throw isUniqueViolation(error)
        ? conflict(
            'An account with this email already exists. Log in instead.',
            'EMAIL_TAKEN',
            'email',
          )
        : error;
    }
  }

  // `email` in its normal form (emailOrFail).
  findByEmail(email: string): Promise<ParticipantEntity | null> {
    return findParticipantByEmail(this.dataSource.manager, email);
  }

  async get(id: string): Promise<ParticipantEntity> {
    const found = await findParticipantById(this.dataSource.manager, id);
    if (!found) {
      throw notFound('The participant', 'PARTICIPANT_NOT_FOUND');
    }
    return found;
  }

  async getFor(viewer: AuthUser, id: string): Promise<ParticipantEntity> {
    enforce(canReadProfile(viewer, id));
    return this.get(id);
  }

  async updateProfile(viewer: AuthUser, input: UpdateProfileInput): Promise<ParticipantEntity> {
    return inTransaction(this.dataSource, async (m) => {
      const [current] = await lockParticipants(m, [viewer.id]);
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
      return updateProfile(m, viewer.id, checked.profile);
    });
  }

  // Emails: the person, leads, and the other person of an accepted or completed match, so
  // the two can meet. The viewer's contacts are loaded once per request.
  async assertCanReadEmail(
    viewer: AuthUser | undefined,
    target: ParticipantEntity,
    ctx: GqlContext,
  ): Promise<void> {
    // Contacts matter only when being the person or a lead does not already decide it.
    const contacts =
      viewer && viewer.id !== target.id && !isLead(viewer)
        ? await requestLoader<string, Set<string>>(ctx, 'participant-contacts', (ids) =>
            Promise.all(
              ids.map(async (id) => new Set(await findContactIds(this.dataSource.manager, id))),
            ),
          ).load(viewer.id)
        : new Set<string>();
    enforce(canReadEmail(viewer, target.id, contacts));
  }

  // Self-identification: the person alone, never leads, so that only suppressed
  // aggregates ever leave the system.
  assertCanReadSelfIdentification(viewer: AuthUser | undefined, target: ParticipantEntity): void {
    enforce(canReadSelfIdentification(viewer, target.id));
  }

  // Participants by id, batched per request.
  loader(ctx: GqlContext) {
    return requestLoader<string, ParticipantEntity>(ctx, 'participant-by-id', async (ids) =>
      byKeys(
        ids,
        await findParticipantsByIds(this.dataSource.manager, ids),
        (p) => p.id,
        'participant',
      ),
    );
  }

  async list(
    filter: ParticipantFilter,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<ParticipantEntity>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const query: ParticipantQuery = {
      role: filter.role,
      language: filter.language,
      cohortId: filter.cohortId,
      name: filter.name?.trim() || undefined,
      interest: filter.interest ? normalizeTag(filter.interest) : undefined,
    };
    if (filter.timezone) {
      const zone = canonicalTimeZone(filter.timezone);
      if (!zone) {
        throw badInput('filter.timezone', 'is not a known IANA time zone');
      }
      query.timezone = zone;
    }
    const { rows, totalCount } = await listParticipants(
      this.dataSource.manager,
      query,
      pageSize,
      after ? decodeCursor(after) : null,
    );
    return toConnection(
      rows,
      pageSize,
      totalCount,
      (p) => ({ at: p.createdAt.toISOString(), id: p.id }),
      !!after,
    );
  }
}
