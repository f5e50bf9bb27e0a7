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
import { Roles } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Role } from '../common/enums';
import type { GqlContext } from '../common/graphql/gql-context';
import { IdArg } from '../common/graphql/id-arg';
import { WeightsInput } from '../cohorts/dto/cohort.types';
import {
  Match,
  MatchConnection,
  MatchRun,
  RunPageArgs,
  UnmatchedMentee,
  UnmatchedMenteeConnection,
  UnmatchedReasonCount,
} from '../matches/dto/match.types';
import { Participant } from '../participants/dto/participant.type';
import { ParticipantsService } from '../participants/participants.service';
import { MatchingService, type RunOutcome } from './matching.service';
import { MatchRunsService } from './match-runs.service';
import { pageOf, reasonCounts } from './run-pages';

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

  @ResolveField(() => [Match], {
    description: 'Every proposal; a large cohort reads them a page at a time (proposalsPage)',
  })
  proposals(@Parent() run: RunOutcome, @Context() ctx: GqlContext) {
    return run.proposals ?? (run.id ? this.runs.proposals(run.id, ctx.now) : []);
  }

  @ResolveField(() => MatchConnection, {
    description:
      'The proposals a page at a time, in the order of the result; a dry run is paged by running it again with the same input and `after`',
  })
  async proposalsPage(
    @Parent() run: RunOutcome,
    @Args() args: RunPageArgs,
    @Context() ctx: GqlContext,
  ) {
    const all = run.proposals ?? (run.id ? await this.runs.proposals(run.id, ctx.now) : []);
    return pageOf(all, run.id ?? run.inputHash, args.first, args.after);
  }

  @ResolveField(() => UnmatchedMenteeConnection, {
    description: 'The mentees left without a proposal, a page at a time',
  })
  unmatchedPage(@Parent() run: RunOutcome, @Args() args: RunPageArgs) {
    return pageOf(run.unmatched, run.id ?? run.inputHash, args.first, args.after);
  }

  @ResolveField(() => Int, { description: 'How many mentees the run left without a proposal' })
  unmatchedCount(@Parent() run: RunOutcome) {
    return run.unmatched.length;
  }

  @ResolveField(() => [UnmatchedReasonCount], {
    description: 'Why mentees were left without a proposal, most frequent reason first',
  })
  unmatchedReasons(@Parent() run: RunOutcome) {
    return reasonCounts(run.unmatched);
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
