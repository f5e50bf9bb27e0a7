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
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Role } from '../../common/enums';

export enum CohortStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  MATCHING = 'MATCHING',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(CohortStatus, { name: 'CohortStatus' });

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType('WeightsInput')
export class WeightsInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  @Max(10, { message: 'must be at most 10' })
  language?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  @Max(10, { message: 'must be at most 10' })
  availability?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  @Max(10, { message: 'must be at most 10' })
  interests?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  @Max(10, { message: 'must be at most 10' })
  goals?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  @Max(10, { message: 'must be at most 10' })
  equity?: number;
}

@InputType({ isAbstract: true })
class CohortSettingsFields {
  @Field(() => Int, { nullable: true, description: 'Least weekly overlap for a pair (default 60)' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be 0 or more' })
  @Max(10080, { message: 'must be at most 10080 (a whole week)' })
  minOverlapMinutes?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Weekly overlap that scores full marks (default 180)',
  })
  @IsOptional()
  @IsInt()
  @Min(15, { message: 'must be at least 15' })
  @Max(10080, { message: 'must be at most 10080 (a whole week)' })
  targetOverlapMinutes?: number;

  @Field(() => WeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WeightsInput)
  weights?: WeightsInput;

  @Field(() => Int, {
    nullable: true,
    description: 'Days before an unanswered proposal expires (default 7)',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1 day' })
  @Max(60, { message: 'must be at most 60 days' })
  expiryDays?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'May pairs from earlier cohorts be proposed again (default no)',
  })
  @IsOptional()
  @IsBoolean()
  allowRepeatPairs?: boolean;
}

@InputType('CreateCohortInput')
export class CreateCohortInput extends CohortSettingsFields {
  @Field()
  @IsString()
  @MaxLength(120, { message: 'must be at most 120 characters' })
  name: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  @Matches(DAY, { message: 'must be a date written YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  @Matches(DAY, { message: 'must be a date written YYYY-MM-DD' })
  endsOn: string;
}

@InputType('UpdateCohortInput')
export class UpdateCohortInput extends CohortSettingsFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'must be at most 120 characters' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DAY, { message: 'must be a date written YYYY-MM-DD' })
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DAY, { message: 'must be a date written YYYY-MM-DD' })
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
