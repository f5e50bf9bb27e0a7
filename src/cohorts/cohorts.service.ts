import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import {
  AppError,
  badInput,
  conflict,
  InvalidInputError,
  notFound,
} from '../common/errors/app-error';
import { ParticipantEntity } from '../participants/participant.entity';
import { LIMITS } from '../participants/profile-rules';
import {
  canEditSettings,
  canJoin,
  canMoveCohort,
  type CohortStatusName,
} from './cohort-transitions';
import {
  checkCohortDates,
  checkOverlapSettings,
  checkWeights,
  checkEquityChange,
  mergeWeights,
} from './cohort-settings';
import { CohortEntity, CohortMemberEntity, DEFAULT_WEIGHTS, PairRuleEntity } from './cohort.entity';
import type { CreateCohortInput, UpdateCohortInput } from './dto/cohort.types';

const isUniqueViolation = (e: unknown) =>
  e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';

@Injectable()
export class CohortsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(lead: AuthUser, input: CreateCohortInput): Promise<CohortEntity> {
    const weights = mergeWeights(DEFAULT_WEIGHTS, input.weights);
    const min = input.minOverlapMinutes ?? 60;
    const target = input.targetOverlapMinutes ?? 180;
    const name = input.name.trim();
    const errors = [
      ...(name ? [] : [{ field: 'name', message: 'give the cohort a name' }]),
      ...checkCohortDates(input.startsOn, input.endsOn),
      ...checkOverlapSettings(min, target),
      ...checkWeights(weights),
    ];
    if (errors.length) {
      throw new InvalidInputError(errors);
    }
    const repo = this.dataSource.getRepository(CohortEntity);
    return repo.save(
      repo.create({
        name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        status: 'DRAFT',
        minOverlapMinutes: min,
        targetOverlapMinutes: target,
        weights,
        expiryDays: input.expiryDays ?? 7,
        allowRepeatPairs: input.allowRepeatPairs ?? false,
        createdBy: lead.id,
      }),
    );
  }

  async update(cohortId: string, input: UpdateCohortInput): Promise<CohortEntity> {
    return this.dataSource.transaction(async (m) => {
      const cohort = await this.lockCohort(m, cohortId);
      if (!canEditSettings(cohort.status)) {
        throw conflict(
          `The settings of a ${cohort.status.toLowerCase()} cohort no longer change.`,
          'COHORT_SETTINGS_LOCKED',
        );
      }
      const next: CohortEntity = {
        ...cohort,
        name: input.name?.trim() ?? cohort.name,
        startsOn: input.startsOn ?? cohort.startsOn,
        endsOn: input.endsOn ?? cohort.endsOn,
        minOverlapMinutes: input.minOverlapMinutes ?? cohort.minOverlapMinutes,
        targetOverlapMinutes: input.targetOverlapMinutes ?? cohort.targetOverlapMinutes,
        weights: mergeWeights(cohort.weights, input.weights),
        expiryDays: input.expiryDays ?? cohort.expiryDays,
        allowRepeatPairs: input.allowRepeatPairs ?? cohort.allowRepeatPairs,
      };
      const errors = [
        ...(next.name ? [] : [{ field: 'name', message: 'give the cohort a name' }]),
        ...checkCohortDates(next.startsOn, next.endsOn),
        ...checkOverlapSettings(next.minOverlapMinutes, next.targetOverlapMinutes),
        ...checkWeights(next.weights),
        ...checkEquityChange(cohort.status, cohort.weights, next.weights),
      ];
      if (errors.length) {
        throw new InvalidInputError(errors);
      }
      return m.save(CohortEntity, next);
    });
  }

  async setStatus(cohortId: string, to: CohortStatusName): Promise<CohortEntity> {
    return this.dataSource.transaction(async (m) => {
      const cohort = await this.lockCohort(m, cohortId);
      if (cohort.status === to) {
        return cohort;
      }
      if (!canMoveCohort(cohort.status, to)) {
        throw new AppError(
          'CONFLICT',
          `A ${cohort.status.toLowerCase()} cohort cannot become ${to.toLowerCase()}.`,
          {
            reason: 'INVALID_COHORT_TRANSITION',
            field: 'status',
          },
        );
      }
      cohort.status = to;
      return m.save(CohortEntity, cohort);
    });
  }

  async lockCohort(m: EntityManager, cohortId: string): Promise<CohortEntity> {
    const cohort = await m.findOne(CohortEntity, {
      where: { id: cohortId },
      lock: { mode: 'for_no_key_update' },
    });
    if (!cohort) {
      throw notFound('The cohort', 'COHORT_NOT_FOUND');
    }
    return cohort;
  }

  async findIn(m: EntityManager, cohortId: string): Promise<CohortEntity> {
    const cohort = await m.findOneBy(CohortEntity, { id: cohortId });
    if (!cohort) {
      throw notFound('The cohort', 'COHORT_NOT_FOUND');
    }
    return cohort;
  }

  async get(cohortId: string): Promise<CohortEntity> {
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id: cohortId });
    if (!cohort) {
      throw notFound('The cohort', 'COHORT_NOT_FOUND');
    }
    return cohort;
  }

  // Participants see open cohorts and their own; a cohort they may not see is "not found".
  async getFor(viewer: AuthUser, cohortId: string): Promise<CohortEntity> {
    const cohort = await this.get(cohortId);
    if (viewer.role === 'LEAD' || cohort.status === 'OPEN') {
      return cohort;
    }
    const member = await this.dataSource
      .getRepository(CohortMemberEntity)
      .existsBy({ cohortId, participantId: viewer.id });
    if (!member) {
      throw notFound('The cohort', 'COHORT_NOT_FOUND');
    }
    return cohort;
  }

  list(viewer: AuthUser): Promise<CohortEntity[]> {
    const qb = this.dataSource.getRepository(CohortEntity).createQueryBuilder('c');
    if (viewer.role !== 'LEAD') {
      qb.where(
        `c.status = 'OPEN' OR EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.cohort_id = c.id AND cm.participant_id = :me)`,
        { me: viewer.id },
      );
    }
    return qb.orderBy('c.startsOn', 'DESC').addOrderBy('c.createdAt', 'DESC').getMany();
  }

  async membership(cohortId: string, participantId: string): Promise<CohortMemberEntity | null> {
    return this.dataSource.getRepository(CohortMemberEntity).findOneBy({ cohortId, participantId });
  }

  async counts(cohortId: string): Promise<{ mentees: number; mentors: number; capacity: number }> {
    const [row] = await this.dataSource.query<
      { mentees: number; mentors: number; capacity: number }[]
    >(
      `SELECT count(*) FILTER (WHERE role = 'MENTEE')::int AS mentees,
              count(*) FILTER (WHERE role = 'MENTOR')::int AS mentors,
              coalesce(sum(capacity), 0)::int AS capacity
         FROM cohort_member WHERE cohort_id = $1`,
      [cohortId],
    );
    return row;
  }

  // Joining is checked against the person's own profile; a person is in a cohort once.
  async join(
    viewer: AuthUser,
    cohortId: string,
    role: string,
    capacity: number | null | undefined,
    manager?: EntityManager,
  ): Promise<CohortEntity> {
    const run = async (m: EntityManager) => {
      const cohort = await m.findOne(CohortEntity, {
        where: { id: cohortId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!cohort) {
        throw notFound('The cohort', 'COHORT_NOT_FOUND');
      }
      const person = await m.findOneBy(ParticipantEntity, { id: viewer.id });
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
        seats = capacity ?? person.capacity ?? 1;
        if (!Number.isInteger(seats) || seats < LIMITS.capacityMin || seats > LIMITS.capacityMax) {
          throw badInput(
            'capacity',
            `must be a whole number from ${LIMITS.capacityMin} to ${LIMITS.capacityMax}`,
          );
        }
      } else if (capacity !== null && capacity !== undefined) {
        throw badInput('capacity', 'only mentors give a capacity');
      }
      try {
        await m.insert(CohortMemberEntity, {
          cohortId,
          participantId: person.id,
          role: person.role,
          capacity: seats,
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw conflict('You are already in this cohort.', 'ALREADY_JOINED', 'cohortId');
        }
        throw error;
      }
      return cohort;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  // A mentor changes how many mentees they take in this cohort; never below those accepted.
  async setMyCapacity(
    viewer: AuthUser,
    cohortId: string,
    capacity: number,
  ): Promise<CohortMemberEntity> {
    if (
      !Number.isInteger(capacity) ||
      capacity < LIMITS.capacityMin ||
      capacity > LIMITS.capacityMax
    ) {
      throw badInput(
        'capacity',
        `must be a whole number from ${LIMITS.capacityMin} to ${LIMITS.capacityMax}`,
      );
    }
    return this.dataSource.transaction(async (m) => {
      const member = await m.findOne(CohortMemberEntity, {
        where: { cohortId, participantId: viewer.id },
        lock: { mode: 'for_no_key_update' },
      });
      if (!member || member.role !== 'MENTOR') {
        throw notFound('Your place as a mentor in this cohort', 'NOT_A_MENTOR_HERE');
      }
      if (capacity < member.placesHeld) {
        throw conflict(
          `${member.placesHeld} of your places in this cohort are taken (proposals waiting for your answer count too); the capacity cannot go below that.`,
          'CAPACITY_BELOW_ACCEPTED',
          'capacity',
        );
      }
      member.capacity = capacity;
      return m.save(CohortMemberEntity, member);
    });
  }

  // A lead pins a pair (always proposed together) or excludes it (never proposed).
  async addPairRule(
    lead: AuthUser,
    cohortId: string,
    mentorId: string,
    menteeId: string,
    kind: 'PIN' | 'EXCLUDE',
  ) {
    return this.dataSource.transaction(async (m) => {
      await this.lockCohort(m, cohortId);
      const members = await m.findBy(CohortMemberEntity, {
        cohortId,
        participantId: In([mentorId, menteeId]),
      });
      const mentor = members.find((x) => x.participantId === mentorId);
      const mentee = members.find((x) => x.participantId === menteeId);
      if (!mentor || mentor.role !== 'MENTOR') {
        throw badInput('mentorId', 'is not a mentor of this cohort');
      }
      if (!mentee || mentee.role !== 'MENTEE') {
        throw badInput('menteeId', 'is not a mentee of this cohort');
      }
      try {
        return await m.save(
          PairRuleEntity,
          m.create(PairRuleEntity, { cohortId, mentorId, menteeId, kind, createdBy: lead.id }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw conflict(
            kind === 'PIN'
              ? 'This pair already has a rule, or the mentee is already pinned.'
              : 'This pair already has a rule.',
            'PAIR_RULE_EXISTS',
          );
        }
        throw error;
      }
    });
  }

  async removePairRule(ruleId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(PairRuleEntity).delete({ id: ruleId });
    if (!result.affected) {
      throw notFound('The pair rule');
    }
    return true;
  }

  pairRules(cohortId: string): Promise<PairRuleEntity[]> {
    return this.dataSource
      .getRepository(PairRuleEntity)
      .find({ where: { cohortId }, order: { createdAt: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return this.dataSource.getRepository(CohortEntity).findBy({ id: In([...ids]) });
  }
}
