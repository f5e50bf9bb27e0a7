import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators';
import { Role } from '../common/enums';
import type { GqlContext } from '../common/graphql/gql-context';
import { IdArg } from '../common/graphql/id-arg';
import { byKeys, requestLoader } from '../common/graphql/loaders';
import { Match } from '../matches/dto/match.types';
import type { MatchEntity } from '../matches/match.entity';
import { CheckInPair, CohortReport } from './dto/report.types';
import { ReportsService } from './reports.service';

@Resolver(() => CohortReport)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  // A read: it flags nothing and tells nobody (the scheduler's sweep does that).
  @Roles(Role.LEAD)
  @Query(() => CohortReport, {
    description: 'LEAD only: participation, funnel, quality, activity and equity',
  })
  cohortReport(@IdArg('cohortId') cohortId: string, @Context() ctx: GqlContext) {
    return this.reports.report(cohortId, ctx.now);
  }
}

@Resolver(() => CheckInPair)
export class CheckInPairResolver {
  constructor(private readonly reports: ReportsService) {}

  @ResolveField(() => Match)
  match(@Parent() c: { matchId: string }, @Context() ctx: GqlContext) {
    return requestLoader<string, MatchEntity>(ctx, 'match-by-id', async (ids) =>
      byKeys(ids, await this.reports.matchesByIds(ids), (x) => x.id, 'match'),
    ).load(c.matchId);
  }
}
