import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Roles } from '../common/auth/access.decorators';
import { Role } from '../common/enums';
import type { GqlContext } from '../common/graphql/gql-context';
import { IdArg } from '../common/graphql/id-arg';
import { byKeys, requestLoader } from '../common/graphql/loaders';
import { Match } from '../matches/dto/match.types';
import { MatchEntity } from '../matches/match.entity';
import { CheckInPair, CohortReport } from './dto/report.types';
import { ReportsService } from './reports.service';
import { SessionsService } from '../sessions/sessions.service';

@Resolver(() => CohortReport)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly sessions: SessionsService,
  ) {}

  @Roles(Role.LEAD)
  @Query(() => CohortReport, {
    description: 'LEAD only: participation, funnel, quality, activity and equity',
  })
  async cohortReport(@IdArg('cohortId') cohortId: string, @Context() ctx: GqlContext) {
    // Reading the report also tells leads (outbox) of pairs newly needing a check-in.
    await this.sessions.flagCheckIns(ctx.now, cohortId);
    return this.reports.report(cohortId, ctx.now);
  }
}

@Resolver(() => CheckInPair)
export class CheckInPairResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => Match)
  match(@Parent() c: { matchId: string }, @Context() ctx: GqlContext) {
    return requestLoader<string, MatchEntity>(ctx, 'match-by-id', async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(MatchEntity).findBy({ id: In([...ids]) }),
        (x) => x.id,
        'match',
      ),
    ).load(c.matchId);
  }
}
