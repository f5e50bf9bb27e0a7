import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cohort } from '../../cohorts/dto/cohort.types';
import { MatchStatus } from '../../matches/dto/match.types';
import { Match } from '../../matches/dto/match.types';

@ObjectType('StatusCount')
export class StatusCount {
  @Field(() => MatchStatus) status: `${MatchStatus}`;
  @Field(() => Int) count: number;
}

@ObjectType('EquityRow', { description: 'A count below 5 reads "<5" and its rate is null' })
export class EquityRow {
  @Field() group: string;
  @Field() mentees: string;
  @Field() matched: string;
  @Field(() => Float, { nullable: true }) matchRate: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from joining to an accepted match',
  })
  medianHoursToMatch: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Average session rating; null under 5 ratings',
  })
  averageRating: number | null;
}

@ObjectType('CountCell', { description: 'A group count; "<5" (count null) when small' })
export class CountCell {
  @Field() label: string;
  @Field() display: string;
  @Field(() => Int, { nullable: true }) count: number | null;
}

@ObjectType('Participation')
export class Participation {
  @Field(() => [CountCell]) menteesByLanguage: CountCell[];
  @Field(() => [CountCell]) mentorsByLanguage: CountCell[];
  @Field(() => [CountCell], { description: 'UTC offset at the cohort start' })
  menteesByOffset: CountCell[];
  @Field(() => [CountCell]) mentorsByOffset: CountCell[];
  @Field(() => Int, { description: 'Places mentors offer' }) capacityOffered: number;
  @Field(() => Int, { description: 'Places taken by accepted or completed matches' })
  capacityUsed: number;
  @Field(() => Int, { description: 'Places held by proposals awaiting an answer' })
  capacityPending: number;
}

@ObjectType('Funnel')
export class Funnel {
  @Field(() => Int) proposed: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) declined: number;
  @Field(() => Int) expired: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) ended: number;
  @Field(() => [CountCell]) declinedByReason: CountCell[];
  @Field(() => Float, { nullable: true }) medianHoursToAnswer: number | null;
}

@ObjectType('UnmatchedGroup')
export class UnmatchedGroup {
  @Field() reason: string;
  @Field() language: string;
  @Field() offsetBand: string;
  @Field() count: string;
  @Field({ description: 'In words, for the recruiting plan' }) summary: string;
}

@ObjectType('Quality')
export class Quality {
  @Field(() => Float, { nullable: true }) averageScore: number | null;
  @Field(() => Float, { nullable: true }) averageLanguage: number | null;
  @Field(() => Float, { nullable: true }) averageAvailability: number | null;
  @Field(() => Float, { nullable: true }) averageInterests: number | null;
  @Field(() => Float, { nullable: true }) averageGoals: number | null;
  @Field(() => Float, { nullable: true }) averageEquity: number | null;
  @Field(() => [CountCell], { description: 'Weekly overlap of proposed pairs' })
  overlapDistribution: CountCell[];
  @Field(() => [UnmatchedGroup], { description: 'From the latest run, mentees still unmatched' })
  unmatched: UnmatchedGroup[];
}

@ObjectType('CheckInPair')
export class CheckInPair {
  @Field(() => Match) match?: unknown;
  @Field({
    description: 'NEVER_MET (21 days after acceptance) or SILENT (30 days since the last session)',
  })
  reason: string;
  @Field(() => Int) daysSince: number;
}

@ObjectType('Activity')
export class Activity {
  @Field(() => Float, { nullable: true }) sessionsPerPair: number | null;
  @Field(() => Float) mentoringHours: number;
  @Field(() => Float, { nullable: true }) completionRate: number | null;
  @Field(() => Float, { nullable: true }) noShowRate: number | null;
  @Field(() => Int) scheduledSessionCount: number;
  @Field(() => Int) cancelledSessionCount: number;
  @Field(() => Int) pairsNeedingCheckIn: number;
  @Field(() => [CheckInPair]) checkIns: CheckInPair[];
  @Field(() => Float, { nullable: true }) averageRating: number | null;
}

@ObjectType('CohortReport')
export class CohortReport {
  @Field(() => Cohort) cohort: unknown;
  @Field(() => Int) menteeCount: number;
  @Field(() => Int) mentorCount: number;
  @Field(() => Int) matchedMenteeCount: number;
  @Field(() => [StatusCount]) matchesByStatus: StatusCount[];
  @Field(() => Int) completedSessionCount: number;
  @Field(() => Float, { nullable: true }) averageScore: number | null;
  @Field(() => Float, { nullable: true }) averageRating: number | null;
  @Field(() => [EquityRow], { description: 'Self-identified underrepresented mentees vs the rest' })
  equity: EquityRow[];
  @Field() csvUrl: string;
  @Field(() => Participation) participation: Participation;
  @Field(() => Funnel) funnel: Funnel;
  @Field(() => Quality) quality: Quality;
  @Field(() => Activity) activity: Activity;
  @Field(() => ID) cohortId: string;
}
