import {
  ArgsType,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Paginated } from '../../common/graphql/connection';
import { Cohort, Weights } from '../../cohorts/dto/cohort.types';
import { Participant } from '../../participants/dto/participant.type';

export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  COMPLETED = 'COMPLETED',
  ENDED = 'ENDED',
}
registerEnumType(MatchStatus, { name: 'MatchStatus' });

export enum DeclineReason {
  NO_TIME = 'NO_TIME',
  NOT_MY_EXPERTISE = 'NOT_MY_EXPERTISE',
  LANGUAGE = 'LANGUAGE',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, {
  name: 'DeclineReason',
  description: 'declineMatch takes one of these as its reason',
});

@ObjectType('OverlapWindow', {
  description: "One shared stretch of the week, in each side's local time",
})
export class OverlapWindow {
  @Field({ description: 'e.g. "MON 18:00-20:00" in the mentor\'s time zone' }) mentor: string;
  @Field({ description: "the same stretch in the mentee's time zone" }) mentee: string;
}

@ObjectType('ScoreBreakdown')
export class ScoreBreakdown {
  @Field(() => Float) language: number;
  @Field(() => Float) availability: number;
  @Field(() => Float) interests: number;
  @Field(() => Float) goals: number;
  @Field(() => Float) equity: number;
  @Field(() => Int) overlapMinutesPerWeek: number;
  @Field(() => [String]) sharedInterests: string[];
  @Field(() => [OverlapWindow], {
    description: 'The shared hours of the week with the least overlap',
  })
  overlap: OverlapWindow[];
}

@ObjectType('MatchEvent', { description: "One change of a match's status" })
export class MatchEvent {
  @Field(() => ID) id: string;
  @Field(() => ID) matchId: string;
  @Field(() => MatchStatus, { nullable: true }) from: `${MatchStatus}` | null;
  @Field(() => MatchStatus) to: `${MatchStatus}`;
  @Field(() => Participant, { nullable: true, description: 'null when the system did it (expiry)' })
  actor?: unknown;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) at: Date;
}

@ObjectType('Match')
export class Match {
  @Field(() => ID) id: string;
  @Field(() => MatchStatus) status: `${MatchStatus}`;
  @Field(() => Cohort) cohort?: unknown;
  @Field(() => Participant) mentor?: unknown;
  @Field(() => Participant) mentee?: unknown;
  @Field(() => Int) score: number;
  @Field(() => ScoreBreakdown) breakdown: ScoreBreakdown;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'null for a dry-run proposal' })
  proposedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) respondedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt: Date | null;
  @Field(() => DeclineReason, { nullable: true }) declineReason: string | null;
  @Field(() => String, { nullable: true }) declineNote: string | null;
  @Field(() => String, { nullable: true }) endReason: string | null;
}

@ObjectType('UnmatchedMentee')
export class UnmatchedMentee {
  @Field(() => Participant) mentee?: unknown;
  @Field(() => [String], {
    description:
      'NO_SHARED_LANGUAGE, NO_AVAILABILITY_OVERLAP, ALL_EXCLUDED, MENTORS_AT_CAPACITY, UNVERIFIED_EMAIL',
  })
  reasons: string[];
  @Field(() => Int, { description: 'Mentors who share a language and enough hours' })
  compatibleMentors: number;
}

@ObjectType('UnmatchedMenteeConnection')
export class UnmatchedMenteeConnection extends Paginated(UnmatchedMentee) {}

@ObjectType('UnmatchedReasonCount')
export class UnmatchedReasonCount {
  @Field() reason: string;
  @Field(() => Int, { description: 'Unmatched mentees who give this reason' }) count: number;
}

// A page of a run's proposals or unmatched mentees (positions in the run's result).
@ArgsType()
export class RunPageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 50 unless given, at most 500' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(500, { message: 'must be at most 500' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ObjectType('MatchRun')
export class MatchRun {
  @Field(() => ID, { nullable: true, description: 'null for a dry run' }) id: string | null;
  @Field() dryRun: boolean;
  @Field(() => [Match]) proposals: unknown[];
  @Field(() => [UnmatchedMentee]) unmatched: unknown[];
  @Field(() => Int) matchedCount: number;
  @Field(() => Int) totalScore: number;
  @Field(() => Float, { nullable: true }) averageScore: number | null;
  @Field(() => Int) menteeCount: number;
  @Field(() => Int) mentorCount: number;
  @Field(() => Weights) weights: Weights;
  @Field({ description: 'sha256 of the matching input, to compare runs' }) inputHash: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => Int) durationMs: number;
}

@ObjectType('MatchConnection')
export class MatchConnection extends Paginated(Match) {}

@ObjectType('MatchEventConnection')
export class MatchEventConnection extends Paginated(MatchEvent) {}

// A lead's matches table pages by up to 500 rows.
@ArgsType()
export class CohortMatchesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, at most 500' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(500, { message: 'must be at most 500' })
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @Field(() => MatchStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MatchStatus)
  status?: MatchStatus;

  @Field(() => String, {
    nullable: true,
    description: "Only matches whose mentor's or mentee's name contains this text (any case)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  person?: string;
}
