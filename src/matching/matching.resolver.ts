import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Role } from '../common/enums';
import type { GqlContext } from '../common/graphql/gql-context';
import { IdArg } from '../common/graphql/id-arg';
import { WeightsInput } from '../cohorts/dto/cohort.types';
import { Match, MatchRun, UnmatchedMentee } from '../matches/dto/match.types';
import { Participant } from '../participants/dto/participant.type';
import { ParticipantsService } from '../participants/participants.service';
import { MatchingService, type RunOutcome } from './matching.service';
import { MatchRunsService } from './match-runs.service';

@Resolver(() => MatchRun)
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly runs: MatchRunsService,
  ) {}

  @Roles(Role.LEAD)
  @Mutation(() => MatchRun, {
    description:
      "LEAD only: propose the best assignment; dryRun saves nothing, weights override the cohort's for this run",
  })
  runMatching(
    @CurrentUser() user: AuthUser,
    @IdArg('cohortId') cohortId: string,
    @Context() ctx: GqlContext,
    @Args('dryRun', { type: () => Boolean, nullable: true, defaultValue: false }) dryRun: boolean,
    @Args('weights', { type: () => WeightsInput, nullable: true }) weights?: WeightsInput,
  ): Promise<RunOutcome> {
    return this.matching.run(user, cohortId, dryRun, weights, ctx.now);
  }

  @Roles(Role.LEAD)
  @Query(() => [MatchRun], { description: 'LEAD only: the saved runs of a cohort, newest first' })
  matchRuns(@IdArg('cohortId') cohortId: string) {
    return this.runs.list(cohortId);
  }

  @ResolveField(() => [Match])
  proposals(@Parent() run: RunOutcome, @Context() ctx: GqlContext) {
    return run.proposals ?? (run.id ? this.runs.proposals(run.id, ctx.now) : []);
  }
}

@Resolver(() => UnmatchedMentee)
export class UnmatchedMenteeResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @ResolveField(() => Participant)
  mentee(@Parent() u: { menteeId: string }, @Context() ctx: GqlContext) {
    return this.participants.loader(ctx).load(u.menteeId);
  }
}
