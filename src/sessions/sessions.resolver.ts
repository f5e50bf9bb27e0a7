import {
  Args,
  Context,
  GraphQLISODateTime,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Authenticated } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { canReadFeedbackAuthor, isParty, leadOnly } from '../common/policy/access-policy';
import { enforce } from '../common/policy/policy-error';
import type { GqlContext } from '../common/graphql/gql-context';
import { IdArg, isUuid } from '../common/graphql/id-arg';
import { byKeys, groupByKeys, requestLoader } from '../common/graphql/loaders';
import { Match } from '../matches/dto/match.types';
import { MatchEntity } from '../matches/match.entity';
import { Participant } from '../participants/dto/participant.type';
import type { ParticipantEntity } from '../participants/participant.entity';
import { ParticipantsService } from '../participants/participants.service';
import {
  CancelSessionArgs,
  Feedback,
  FeedbackArgs,
  MentorshipSession,
  RescheduleLocalSessionArgs,
  RescheduleSessionArgs,
  ScheduleLocalSessionArgs,
  ScheduleSessionArgs,
  SessionViewpoint,
} from './dto/session.types';
import { insideAvailability, localStart } from './session-rules';
import { FeedbackEntity, SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';

@Resolver(() => MentorshipSession)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly participants: ParticipantsService,
  ) {}

  @Authenticated()
  @Query(() => [MentorshipSession], { description: 'Your sessions, soonest first' })
  mySessions(@CurrentUser() user: AuthUser) {
    return this.sessions.mine(user);
  }

  @Authenticated()
  @Query(() => MentorshipSession)
  session(@CurrentUser() user: AuthUser, @IdArg('id') id: string) {
    return this.sessions.getFor(user, id);
  }

  @Authenticated()
  @Mutation(() => MentorshipSession, {
    description: 'Either person of an accepted match books a session (start in UTC)',
  })
  scheduleSession(
    @CurrentUser() user: AuthUser,
    @IdArg('matchId') matchId: string,
    @Args() args: ScheduleSessionArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.sessions.schedule(user, { matchId, ...args }, ctx.now);
  }

  @Authenticated()
  @Mutation(() => MentorshipSession, {
    description: 'The same, from a local date-time in your (or the given) zone',
  })
  scheduleSessionLocal(
    @CurrentUser() user: AuthUser,
    @IdArg('matchId') matchId: string,
    @Args() args: ScheduleLocalSessionArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.sessions.scheduleLocal(user, { matchId, ...args }, ctx.now);
  }

  @Authenticated()
  @Mutation(() => MentorshipSession, {
    description:
      'Either person gives a booked session a new time (start in UTC); both are told, and their calendars updated',
  })
  rescheduleSession(
    @CurrentUser() user: AuthUser,
    @IdArg('sessionId') sessionId: string,
    @Args() args: RescheduleSessionArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.sessions.reschedule(user, sessionId, args, ctx.now);
  }

  @Authenticated()
  @Mutation(() => MentorshipSession, {
    description: 'The same, from a local date-time in your (or the given) zone',
  })
  rescheduleSessionLocal(
    @CurrentUser() user: AuthUser,
    @IdArg('sessionId') sessionId: string,
    @Args() args: RescheduleLocalSessionArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.sessions.rescheduleLocal(user, sessionId, args, ctx.now);
  }

  @Authenticated()
  @Mutation(() => MentorshipSession, { description: 'Mark a session that has started as done' })
  completeSession(
    @CurrentUser() user: AuthUser,
    @IdArg('sessionId') sessionId: string,
    @Context() ctx: GqlContext,
  ) {
    return this.sessions.move(user, sessionId, 'COMPLETE', null, ctx.now);
  }

  @Authenticated()
  @Mutation(() => MentorshipSession)
  cancelSession(
    @CurrentUser() user: AuthUser,
    @IdArg('sessionId') sessionId: string,
    @Args() args: CancelSessionArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.sessions.move(user, sessionId, 'CANCEL', args.reason, ctx.now);
  }

  @Authenticated()
  @Mutation(() => MentorshipSession, { description: 'The other person did not come' })
  markNoShow(
    @CurrentUser() user: AuthUser,
    @IdArg('sessionId') sessionId: string,
    @Context() ctx: GqlContext,
  ) {
    return this.sessions.move(user, sessionId, 'NO_SHOW', null, ctx.now);
  }

  @Authenticated()
  @Mutation(() => Feedback, {
    description: 'Once per person after a completed session; only leads read it',
  })
  submitFeedback(
    @CurrentUser() user: AuthUser,
    @IdArg('sessionId') sessionId: string,
    @Args() args: FeedbackArgs,
  ) {
    return this.sessions.submitFeedback(user, sessionId, args.rating, args.comment);
  }

  @ResolveField(() => Match)
  match(@Parent() s: SessionEntity, @Context() ctx: GqlContext) {
    return requestLoader<string, MatchEntity>(ctx, 'match-by-id', async (ids) =>
      byKeys(ids, await this.sessions.matchesByIds(ids, ctx.now), (x) => x.id, 'match'),
    ).load(s.matchId);
  }

  @ResolveField(() => GraphQLISODateTime, { description: 'When it ends (UTC)' })
  endsAt(@Parent() s: SessionEntity): Date {
    return new Date(s.startsAt.getTime() + s.durationMinutes * 60_000);
  }

  @ResolveField(() => SessionViewpoint, {
    nullable: true,
    description: 'The session in your own zone (null for leads)',
  })
  async myView(@Parent() s: SessionEntity, @Context() ctx: GqlContext) {
    // The viewpoint of one of the pair; a lead reading the session has none.
    return ctx.user && isParty(ctx.user, s) ? this.view(s, ctx.user.id, ctx) : null;
  }

  @ResolveField(() => SessionViewpoint, {
    nullable: true,
    description: "The session in the other person's zone",
  })
  async otherView(@Parent() s: SessionEntity, @Context() ctx: GqlContext) {
    const id = ctx.user?.id;
    if (id === s.mentorId) {
      return this.view(s, s.menteeId, ctx);
    }
    return id === s.menteeId ? this.view(s, s.mentorId, ctx) : null;
  }

  @ResolveField(() => SessionViewpoint)
  mentorView(@Parent() s: SessionEntity, @Context() ctx: GqlContext) {
    return this.view(s, s.mentorId, ctx);
  }

  @ResolveField(() => SessionViewpoint)
  menteeView(@Parent() s: SessionEntity, @Context() ctx: GqlContext) {
    return this.view(s, s.menteeId, ctx);
  }

  private async view(s: SessionEntity, personId: string, ctx: GqlContext) {
    const person: ParticipantEntity = await this.participants.loader(ctx).load(personId);
    return {
      person,
      timezone: person.timezone,
      localStart: localStart(s.startsAt, person.timezone),
      insideAvailability: insideAvailability(s, person.timezone, person.availability),
    };
  }

  @ResolveField(() => String, {
    description: 'Download as an iCalendar file (send the same Authorization header)',
  })
  icsUrl(@Parent() s: SessionEntity): string {
    return `/sessions/${s.id}.ics`;
  }

  @ResolveField(() => Feedback, {
    nullable: true,
    description: 'Your own feedback on this session',
  })
  async myFeedback(@Parent() s: SessionEntity, @Context() ctx: GqlContext) {
    const all = await this.feedbackLoader(ctx).load(s.id);
    return all.find((f) => f.authorId === ctx.user?.id) ?? null;
  }

  @ResolveField(() => [Feedback], { description: 'LEAD only: all feedback on this session' })
  async feedback(@Parent() s: SessionEntity, @Context() ctx: GqlContext) {
    enforce(leadOnly(ctx.user, 'read feedback: it is private'));
    return this.feedbackLoader(ctx).load(s.id);
  }

  private feedbackLoader(ctx: GqlContext) {
    return requestLoader<string, FeedbackEntity[]>(ctx, 'feedback-by-session', async (ids) =>
      groupByKeys(ids, await this.sessions.feedbackBySessionIds(ids), (f) => f.sessionId),
    );
  }
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @ResolveField(() => Participant)
  author(@Parent() f: FeedbackEntity, @Context() ctx: GqlContext) {
    enforce(canReadFeedbackAuthor(ctx.user, f.authorId));
    return this.participants.loader(ctx).load(f.authorId);
  }
}

@Resolver(() => Match)
export class MatchSessionsResolver {
  constructor(private readonly service: SessionsService) {}

  @ResolveField(() => [MentorshipSession])
  sessions(@Parent() m: MatchEntity, @Context() ctx: GqlContext) {
    if (!isUuid(m.id)) {
      // A dry-run proposal has no sessions.
      return [];
    }
    return requestLoader<string, SessionEntity[]>(ctx, 'sessions-by-match', async (ids) =>
      groupByKeys(ids, await this.service.byMatchIds(ids), (s) => s.matchId),
    ).load(m.id);
  }
}
