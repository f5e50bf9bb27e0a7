import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Authenticated, Roles } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Role } from '../common/enums';
import { IdArg } from '../common/graphql/id-arg';
import type { GqlContext } from '../common/graphql/gql-context';
import type { CohortRow, PairRuleRow } from './cohorts.repository';
import { CohortsService } from './cohorts.service';
import {
  Cohort,
  CohortCounts,
  CohortMembership,
  CohortStatus,
  CreateCohortInput,
  PairRule,
  PairRuleKind,
  UpdateCohortInput,
} from './dto/cohort.types';

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @Authenticated()
  @Query(() => [Cohort], { description: 'Open cohorts and your own; leads see all' })
  cohorts(@CurrentUser() user: AuthUser): Promise<CohortRow[]> {
    return this.service.list(user);
  }

  @Authenticated()
  @Query(() => Cohort)
  cohort(@CurrentUser() user: AuthUser, @IdArg('id') id: string): Promise<CohortRow> {
    return this.service.getFor(user, id);
  }

  @Roles(Role.LEAD)
  @Mutation(() => Cohort, { description: 'LEAD only: a new cohort, in DRAFT' })
  createCohort(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateCohortInput,
  ): Promise<CohortRow> {
    return this.service.create(user, input);
  }

  @Roles(Role.LEAD)
  @Mutation(() => Cohort, {
    description: 'LEAD only: change settings before the program is under way',
  })
  updateCohort(
    @IdArg('cohortId') cohortId: string,
    @Args('input') input: UpdateCohortInput,
  ): Promise<CohortRow> {
    return this.service.update(cohortId, input);
  }

  @Roles(Role.LEAD)
  @Mutation(() => Cohort, { description: 'LEAD only: people can join' })
  openCohort(@IdArg('cohortId') cohortId: string): Promise<CohortRow> {
    return this.service.setStatus(cohortId, 'OPEN');
  }

  @Roles(Role.LEAD)
  @Mutation(() => Cohort, { description: 'LEAD only: move the cohort along its life' })
  setCohortStatus(
    @IdArg('cohortId') cohortId: string,
    @Args('status', { type: () => CohortStatus }) status: CohortStatus,
  ): Promise<CohortRow> {
    return this.service.setStatus(cohortId, status);
  }

  @Authenticated()
  @Mutation(() => Cohort, { description: 'Join an open cohort as the role you signed up with' })
  joinCohort(
    @CurrentUser() user: AuthUser,
    @IdArg('cohortId') cohortId: string,
    @Args('role', { type: () => Role }) role: Role,
    @Args('capacity', { type: () => Int, nullable: true }) capacity?: number,
  ): Promise<CohortRow> {
    return this.service.join(user, cohortId, role, capacity);
  }

  @Roles(Role.MENTOR)
  @Mutation(() => CohortMembership, {
    description: 'Mentors: change how many mentees you take in this cohort',
  })
  setMyCapacity(
    @CurrentUser() user: AuthUser,
    @IdArg('cohortId') cohortId: string,
    @Args('capacity', { type: () => Int }) capacity: number,
  ) {
    return this.service.setMyCapacity(user, cohortId, capacity);
  }

  @Roles(Role.LEAD)
  @Mutation(() => PairRule, {
    description: 'LEAD only: always propose this pair (PIN) or never (EXCLUDE)',
  })
  addPairRule(
    @CurrentUser() user: AuthUser,
    @IdArg('cohortId') cohortId: string,
    @IdArg('mentorId') mentorId: string,
    @IdArg('menteeId') menteeId: string,
    @Args('kind', { type: () => PairRuleKind }) kind: PairRuleKind,
  ): Promise<PairRuleRow> {
    return this.service.addPairRule(user, cohortId, mentorId, menteeId, kind);
  }

  @Roles(Role.LEAD)
  @Mutation(() => Boolean, { description: 'LEAD only' })
  removePairRule(@IdArg('ruleId') ruleId: string): Promise<boolean> {
    return this.service.removePairRule(ruleId);
  }

  @ResolveField(() => CohortMembership, {
    nullable: true,
    description: 'Your place in this cohort, if any',
  })
  myMembership(@Parent() cohort: CohortRow, @Context() ctx: GqlContext) {
    return ctx.user ? this.service.membership(ctx, cohort.id, ctx.user.id) : null;
  }

  @ResolveField(() => CohortCounts, { description: 'LEAD only' })
  counts(@Parent() cohort: CohortRow, @Context() ctx: GqlContext) {
    return this.service.counts(ctx, cohort.id);
  }

  @ResolveField(() => [PairRule], { description: 'LEAD only' })
  pairRules(@Parent() cohort: CohortRow, @Context() ctx: GqlContext) {
    return this.service.pairRules(ctx, cohort.id);
  }
}
