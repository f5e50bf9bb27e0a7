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
import { CohortsService } from '../cohorts/cohorts.service';
import { Cohort } from '../cohorts/dto/cohort.types';
import { CohortEntity } from '../cohorts/cohort.entity';
import { Authenticated, Roles } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Role } from '../common/enums';
import { leadOnly } from '../common/policy/access-policy';
import { enforce } from '../common/policy/policy-error';
import type { GqlContext } from '../common/graphql/gql-context';
import { IdArg, isUuid } from '../common/graphql/id-arg';
import { byKeys, groupByKeys, requestLoader } from '../common/graphql/loaders';
import { Participant } from '../participants/dto/participant.type';
import { ParticipantsService } from '../participants/participants.service';
import {
  CohortMatchesArgs,
  Match,
  MatchConnection,
  MatchEvent,
  MatchEventConnection,
  ScoreBreakdown,
} from './dto/match.types';
import { ConnectionArgs } from '../common/graphql/connection';
import { MatchEntity, MatchEventEntity } from './match.entity';
import { MatchesService } from './matches.service';
import { scoreFor } from '../matching/engine/score-view';
import type { ScoreWeights } from '../matching/engine/types';

// A saved match, or a dry run's proposal that carries the weights it was scored with.
type DraftOrMatch = Pick<MatchEntity, 'menteeId' | 'cohortId' | 'score' | 'breakdown'> & {
  runId?: string | null;
  weights?: ScoreWeights;
};
import { FinishMatchArgs, DeclineMatchArgs } from './dto/match-args';

@Resolver(() => Match)
export class MatchesResolver {
  constructor(
    private readonly matches: MatchesService,
    private readonly participants: ParticipantsService,
    private readonly cohorts: CohortsService,
  ) {}

  @Authenticated()
  @Query(() => [Match], {
    description: 'Mentors: proposals and matches; mentees: matches once accepted',
  })
  myMatches(@CurrentUser() user: AuthUser, @Context() ctx: GqlContext) {
    return this.matches.mine(user, ctx.now);
  }

  @Authenticated()
  @Query(() => Match)
  match(@CurrentUser() user: AuthUser, @IdArg('id') id: string, @Context() ctx: GqlContext) {
    return this.matches.getFor(user, id, ctx.now);
  }

  @Roles(Role.LEAD)
  @Query(() => MatchConnection, { description: "LEAD only: a cohort's matches" })
  cohortMatches(
    @IdArg('cohortId') cohortId: string,
    @Args() args: CohortMatchesArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.matches.cohortMatches(
      cohortId,
      { status: args.status, person: args.person },
      args.first,
      args.after,
      ctx.now,
    );
  }

  @Roles(Role.LEAD)
  @Query(() => MatchEventConnection, {
    description: 'LEAD only: every status change in a cohort, oldest first',
  })
  async cohortHistory(@IdArg('cohortId') cohortId: string, @Args() args: ConnectionArgs) {
    const page = await this.matches.cohortHistory(cohortId, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEvent(e.node) })) };
  }

  @Roles(Role.MENTOR)
  @Mutation(() => Match, { description: "The match's mentor accepts the proposal" })
  acceptMatch(
    @CurrentUser() user: AuthUser,
    @IdArg('matchId') matchId: string,
    @Context() ctx: GqlContext,
  ) {
    return this.matches.accept(user, matchId, ctx.now);
  }

  @Roles(Role.MENTOR)
  @Mutation(() => Match, {
    description:
      "The match's mentor declines: reason is one of NO_TIME, NOT_MY_EXPERTISE, LANGUAGE, OTHER (OTHER needs a note)",
  })
  declineMatch(
    @CurrentUser() user: AuthUser,
    @IdArg('matchId') matchId: string,
    @Args() args: DeclineMatchArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.matches.decline(user, matchId, args.reason, args.note, ctx.now);
  }

  @Authenticated()
  @Mutation(() => Match, {
    description: 'A lead or either person marks an accepted mentorship as completed',
  })
  completeMatch(
    @CurrentUser() user: AuthUser,
    @IdArg('matchId') matchId: string,
    @Args() args: FinishMatchArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.matches.finish(user, matchId, 'COMPLETED', args.reason, ctx.now);
  }

  @Authenticated()
  @Mutation(() => Match, {
    description: 'A lead or either person ends an accepted mentorship early, with a reason',
  })
  endMatch(
    @CurrentUser() user: AuthUser,
    @IdArg('matchId') matchId: string,
    @Args() args: FinishMatchArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.matches.finish(user, matchId, 'ENDED', args.reason, ctx.now);
  }

  @ResolveField(() => Participant)
  mentor(@Parent() m: MatchEntity, @Context() ctx: GqlContext) {
    return this.participants.loader(ctx).load(m.mentorId);
  }

  @ResolveField(() => Participant)
  mentee(@Parent() m: MatchEntity, @Context() ctx: GqlContext) {
    return this.participants.loader(ctx).load(m.menteeId);
  }

  @ResolveField(() => Cohort)
  cohort(@Parent() m: MatchEntity, @Context() ctx: GqlContext) {
    return this.cohortLoader(ctx).load(m.cohortId);
  }

  @ResolveField(() => Int, {
    description:
      'Out of 1000. The mentee sees her own; everyone else sees it without the equity part, ' +
      'which would reveal her private self-identification',
  })
  async score(@Parent() m: DraftOrMatch, @Context() ctx: GqlContext) {
    return scoreFor(ctx.user?.id, m, await this.weightsOf(m, ctx)).score;
  }

  @ResolveField(() => ScoreBreakdown, {
    description: 'equity is 0 for everyone but the mentee herself (self-identification is private)',
  })
  async breakdown(@Parent() m: DraftOrMatch, @Context() ctx: GqlContext) {
    return scoreFor(ctx.user?.id, m, await this.weightsOf(m, ctx)).breakdown;
  }

  private cohortLoader(ctx: GqlContext) {
    return requestLoader<string, CohortEntity>(ctx, 'cohort-by-id', async (ids) =>
      byKeys(ids, await this.cohorts.byIds(ids), (c) => c.id, 'cohort'),
    );
  }

  // The weights the pair was scored with: a dry run carries its own, a saved match those of
  // its run, and a match made without a run (none today) the cohort's.
  private async weightsOf(m: DraftOrMatch, ctx: GqlContext): Promise<ScoreWeights> {
    if (m.weights) {
      return m.weights;
    }
    if (m.runId) {
      const weights = await requestLoader<string, ScoreWeights | null>(
        ctx,
        'run-weights',
        async (ids) => {
          const runs = await this.matches.runWeights(ids);
          return ids.map((id) => runs.get(id) ?? null);
        },
      ).load(m.runId);
      if (weights) {
        return weights;
      }
    }
    return (await this.cohortLoader(ctx).load(m.cohortId)).weights;
  }

  @ResolveField(() => [MatchEvent], { description: 'LEAD only: the status changes of this match' })
  async history(@Parent() m: MatchEntity, @Context() ctx: GqlContext) {
    enforce(leadOnly(ctx.user, "read a match's history"));
    if (!isUuid(m.id)) {
      return []; // a dry run's proposal: nothing has happened to it
    }
    const events = await requestLoader<string, MatchEventEntity[]>(
      ctx,
      'match-history',
      async (ids) => groupByKeys(ids, await this.matches.history(ids), (e) => e.matchId),
    ).load(m.id);
    return events.map(toEvent);
  }
}

export const toEvent = (e: MatchEventEntity) => ({
  id: e.id,
  matchId: e.matchId,
  from: e.fromStatus,
  to: e.toStatus,
  actorId: e.actorId,
  reason: e.reason,
  note: e.note,
  at: e.createdAt,
});

@Resolver(() => MatchEvent)
export class MatchEventResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @ResolveField(() => Participant, { nullable: true })
  actor(@Parent() e: { actorId: string | null }, @Context() ctx: GqlContext) {
    return e.actorId ? this.participants.loader(ctx).load(e.actorId) : null;
  }
}
