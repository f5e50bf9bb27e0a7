import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Role } from '../../common/enums';
import {
  DEFAULT_EXPIRY_DAYS,
  DEFAULT_MIN_OVERLAP_MINUTES,
  DEFAULT_TARGET_OVERLAP_MINUTES,
} from '../../settings/program-settings';

export enum CohortStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  MATCHING = 'MATCHING',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(CohortStatus, { name: 'CohortStatus' });

@InputType('WeightsInput')
export class WeightsInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  language?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  availability?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  interests?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  goals?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  equity?: number;
}

// Inputs check shapes only; ranges, dates and the rest are checked once, alike for create
// and update, by settleCohortSettings (cohort-settings.ts) with program-settings' limits.
@InputType({ isAbstract: true })
class CohortSettingsFields {
  @Field(() => Int, {
    nullable: true,
    description: `Least weekly overlap for a pair (default ${DEFAULT_MIN_OVERLAP_MINUTES})`,
  })
  @IsOptional()
  @IsInt()
  minOverlapMinutes?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Weekly overlap that scores full marks (default ${DEFAULT_TARGET_OVERLAP_MINUTES})`,
  })
  @IsOptional()
  @IsInt()
  targetOverlapMinutes?: number;

  @Field(() => WeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WeightsInput)
  weights?: WeightsInput;

  @Field(() => Int, {
    nullable: true,
    description: `Days before an unanswered proposal expires (default ${DEFAULT_EXPIRY_DAYS})`,
  })
  @IsOptional()
  @IsInt()
  expiryDays?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'May pairs from earlier cohorts be proposed again (default no)',
  })
  @IsOptional()
  @IsBoolean()
  allowRepeatPairs?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Does the matching leave out people who have not confirmed their email address (default yes)',
  })
  @IsOptional()
  @IsBoolean()
  requireVerifiedEmail?: boolean;
}

@InputType('CreateCohortInput')
export class CreateCohortInput extends CohortSettingsFields {
  @Field()
  @IsString()
  name: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  endsOn: string;
}

@InputType('UpdateCohortInput')
export class UpdateCohortInput extends CohortSettingsFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  endsOn?: string;
}

@ObjectType('Weights')
export class Weights {
  @Field(() => Float) language: number;
  @Field(() => Float) availability: number;
  @Field(() => Float) interests: number;
  @Field(() => Float) goals: number;
  @Field(() => Float) equity: number;
}

@ObjectType('CohortMembership')
export class CohortMembership {
  @Field(() => Role) role: `${Role}`;
  @Field(() => Int, { nullable: true }) capacity: number | null;
  @Field(() => GraphQLISODateTime) joinedAt: Date;
}

@ObjectType('CohortCounts')
export class CohortCounts {
  @Field(() => Int) mentees: number;
  @Field(() => Int) mentors: number;
  @Field(() => Int, { description: 'Places mentors offer in this cohort' }) capacity: number;
  @Field(() => Int, {
    description: 'Places held by proposed, accepted and completed matches (the capacity rule)',
  })
  placesHeld: number;
}

@ObjectType('Cohort')
export class Cohort {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() startsOn: string;
  @Field() endsOn: string;
  @Field(() => CohortStatus) status: `${CohortStatus}`;
  @Field(() => Int) minOverlapMinutes: number;
  @Field(() => Int) targetOverlapMinutes: number;
  @Field(() => Weights) weights: Weights;
  @Field(() => Int) expiryDays: number;
  @Field() allowRepeatPairs: boolean;
  @Field() requireVerifiedEmail: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

export enum PairRuleKind {
  PIN = 'PIN',
  EXCLUDE = 'EXCLUDE',
}
registerEnumType(PairRuleKind, { name: 'PairRuleKind' });

@ObjectType('PairRule')
export class PairRule {
  @Field(() => ID) id: string;
  @Field(() => PairRuleKind) kind: `${PairRuleKind}`;
  @Field(() => ID) mentorId: string;
  @Field(() => ID) menteeId: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

export const COHORT_ID = () => ID;
