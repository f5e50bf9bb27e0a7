import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import {
  AppError,
  badInput,
  conflict,
  InvalidInputError,
  notFound,
} from '../common/errors/app-error';
import type { LoaderScope } from '../common/graphql/loaders';
import { canSeeCohort, leadOnly } from '../common/policy/access-policy';
import { enforce } from '../common/policy/policy-error';
import { inTransaction } from '../common/transaction';
import { PROFILE_LIMITS } from '../settings/program-settings';
import { cohortLoader, countsLoader, membershipLoader, pairRulesLoader } from './cohort-loaders';
import { checkEquityChange, NEW_COHORT_SETTINGS, settleCohortSettings } from './cohort-settings';
import {
  canEditSettings,
  canJoin,
  canMoveCohort,
  type CohortStatusName,
} from './cohort-transitions';
import {
  countPlacesHeld,
  deletePairRule,
  findCohort,
  findCohortsByIds,
  findJoiningPerson,
  findMemberForUpdate,
  findMembers,
  insertCohort,
  insertMember,
  insertPairRule,
  isMember,
  listCohortsFor,
  setMemberCapacity,
  updateCohortSettings,
  updateCohortStatus,
  type CohortCountsRow,
  type CohortLock,
  type CohortRow,
  type MemberRow,
  type PairRuleKindName,
  type PairRuleRow,
} from './cohorts.repository';
import type { CreateCohortInput, UpdateCohortInput } from './dto/cohort.types';

const cohortNotFound = () => notFound('The cohort', 'COHORT_NOT_FOUND');

@Injectable()
export class CohortsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(lead: AuthUser, input: CreateCohortInput): Promise<CohortRow> {
    const settings = settleCohortSettings(NEW_COHORT_SETTINGS, input);
    return insertCohort(this.dataSource.manager, settings, lead.id);
  }

  async update(cohortId: string, input: UpdateCohortInput): Promise<CohortRow> {
    return inTransaction(this.dataSource, async (m) => {
      const cohort = await this.lockCohort(m, cohortId);
      if (!canEditSettings(cohort.status)) {
        throw conflict(
          `The settings of a ${cohort.status.toLowerCase()} cohort no longer change.`,
          'COHORT_SETTINGS_LOCKED',
        );
      }
      const settings = settleCohortSettings(cohort, input);
      const equity = checkEquityChange(cohort.status, cohort.weights, settings.weights);
      if (equity.length) {
        throw new InvalidInputError(equity);
      }
      return (await updateCohortSettings(m, cohortId, settings)) ?? cohort;
    });
  }

  async setStatus(cohortId: string, to: CohortStatusName): Promise<CohortRow> {
    return inTransaction(this.dataSource, async (m) => {
      const cohort = await this.lockCohort(m, cohortId);
      if (cohort.status === to) {
        return cohort;
      }
      if (!canMoveCohort(cohort.status, to)) {
        throw new AppError(
          'CONFLICT',
          `A ${cohort.status.toLowerCase()} cohort cannot become ${to.toLowerCase()}.`,
          { reason: 'INVALID_COHORT_TRANSITION', field: 'status' },
        );
      }
      return (await updateCohortStatus(m, cohortId, to)) ?? cohort;
    });
  }

  // The cohort, locked against changes until the caller's transaction ends.
  lockCohort(m: EntityManager, cohortId: string): Promise<CohortRow> {
    return this.findIn(m, cohortId, 'NO KEY UPDATE');
  }

  async findIn(m: EntityManager, cohortId: string, lock?: CohortLock): Promise<CohortRow> {
    const cohort = await findCohort(m, cohortId, lock);
    if (!cohort) {
      throw cohortNotFound();
    }
    return cohort;
  }

  get(cohortId: string): Promise<CohortRow> {
    return this.findIn(this.dataSource.manager, cohortId);
  }

  // Participants see open cohorts and their own; a cohort they may not see is "not found".
  async getFor(viewer: AuthUser, cohortId: string): Promise<CohortRow> {
    const cohort = await this.get(cohortId);
    const member =
      canSeeCohort(viewer, cohort, false) ||
      (await isMember(this.dataSource.manager, cohortId, viewer.id));
    if (!canSeeCohort(viewer, cohort, member)) {
      throw cohortNotFound();
    }
    return cohort;
  }

  list(viewer: AuthUser): Promise<CohortRow[]> {
    return listCohortsFor(this.dataSource.manager, viewer);
  }

  byIds(ids: readonly string[]): Promise<CohortRow[]> {
    return findCohortsByIds(this.dataSource.manager, ids);
  }

  // Per-request loaders (resolve fields go through these, never one query per cohort).
  loader(ctx: LoaderScope) {
    return cohortLoader(ctx, this.dataSource.manager);
  }

  membership(ctx: LoaderScope, cohortId: string, participantId: string): Promise<MemberRow | null> {
    return membershipLoader(ctx, this.dataSource.manager, participantId).load(cohortId);
  }

  counts(ctx: LoaderScope & { user?: AuthUser }, cohortId: string): Promise<CohortCountsRow> {
    enforce(leadOnly(ctx.user, 'see the counts of a cohort'));
    return countsLoader(ctx, this.dataSource.manager).load(cohortId);
  }

  pairRules(ctx: LoaderScope & { user?: AuthUser }, cohortId: string): Promise<PairRuleRow[]> {
    enforce(leadOnly(ctx.user, 'see pair rules'));
    return pairRulesLoader(ctx, this.dataSource.manager).load(cohortId);
  }

  // Joining is checked against the person's own profile; a person is in a cohort once.
  async join(
    viewer: AuthUser,
    cohortId: string,
    role: string,
    capacity: number | null | undefined,
    manager?: EntityManager,
  ): Promise<CohortRow> {
    const run = async (m: EntityManager) => {
      const cohort = await this.findIn(m, cohortId, 'SHARE');
      const person = await findJoiningPerson(m, viewer.id);
      if (!person) {
        throw notFound('Your account');
      }
      if (person.role === 'LEAD') {
        throw badInput('role', 'program leads run cohorts; they do not join them');
      }
      if (role !== person.role) {
        throw badInput(
          'role',
          `you signed up as a ${person.role.toLowerCase()}, so you join as one`,
        );
      }
      if (!canJoin(cohort.status)) {
        throw conflict(
          `This cohort is ${cohort.status.toLowerCase()}: it is not taking new people.`,
          'COHORT_NOT_OPEN',
          'cohortId',
        );
      }
      let seats: number | null = null;
      if (person.role === 'MENTOR') {
        seats = capacity ?? person.capacity ?? PROFILE_LIMITS.capacityMin;
        checkCapacity(seats);
      } else if (capacity !== null && capacity !== undefined) {
        throw badInput('capacity', 'only mentors give a capacity');
      }
      const joined = await insertMember(m, {
        cohortId,
        participantId: person.id,
        role: person.role,
        capacity: seats,
      });
      if (!joined) {
        throw conflict('You are already in this cohort.', 'ALREADY_JOINED', 'cohortId');
      }
      return cohort;
    };
    return manager ? run(manager) : inTransaction(this.dataSource, run);
  }

  // A mentor changes how many mentees they take in this cohort; never below the places
  // their matches hold (the capacity rule: proposed, accepted and completed).
  async setMyCapacity(viewer: AuthUser, cohortId: string, capacity: number): Promise<MemberRow> {
    checkCapacity(capacity);
    return inTransaction(this.dataSource, async (m) => {
      const member = await findMemberForUpdate(m, cohortId, viewer.id);
      if (!member || member.role !== 'MENTOR') {
        throw notFound('Your place as a mentor in this cohort', 'NOT_A_MENTOR_HERE');
      }
      const held = await countPlacesHeld(m, cohortId, viewer.id);
      if (capacity < held) {
        throw conflict(
          `Your matches already hold ${held} places in this cohort; the capacity cannot go below that.`,
          'CAPACITY_BELOW_ACCEPTED',
          'capacity',
        );
      }
      return setMemberCapacity(m, member.id, capacity);
    });
  }

  // A lead pins a pair (always proposed together) or excludes it (never proposed).
  async addPairRule(
    lead: AuthUser,
    cohortId: string,
    mentorId: string,
    menteeId: string,
    kind: PairRuleKindName,
  ): Promise<PairRuleRow> {
    return inTransaction(this.dataSource, async (m) => {
      await this.lockCohort(m, cohortId);
      const members = await findMembers(m, cohortId, [mentorId, menteeId]);
      const mentor = members.find((x) => x.participantId === mentorId);
      const mentee = members.find((x) => x.participantId === menteeId);
      if (!mentor || mentor.role !== 'MENTOR') {
        throw badInput('mentorId', 'is not a mentor of this cohort');
      }
      if (!mentee || mentee.role !== 'MENTEE') {
        throw badInput('menteeId', 'is not a mentee of this cohort');
      }
      const rule = await insertPairRule(m, {
        cohortId,
        mentorId,
        menteeId,
        kind,
        createdBy: lead.id,
      });
      if (!rule) {
        throw conflict(
          kind === 'PIN'
            ? 'This pair already has a rule, or the mentee is already pinned.'
            : 'This pair already has a rule.',
          'PAIR_RULE_EXISTS',
        );
      }
      return rule;
    });
  }

  async removePairRule(ruleId: string): Promise<boolean> {
    if (!(await deletePairRule(this.dataSource.manager, ruleId))) {
      throw notFound('The pair rule', 'PAIR_RULE_NOT_FOUND');
    }
    return true;
  }
}

function checkCapacity(capacity: number): void {
  const { capacityMin, capacityMax } = PROFILE_LIMITS;
  if (!Number.isInteger(capacity) || capacity < capacityMin || capacity > capacityMax) {
    throw badInput('capacity', `must be a whole number from ${capacityMin} to ${capacityMax}`);
  }
}
