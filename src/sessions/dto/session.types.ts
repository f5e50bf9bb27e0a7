import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  IsBoolean,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Type } from 'class-transformer';
import { Participant } from '../../participants/dto/participant.type';

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(SessionStatus, { name: 'SessionStatus' });

@ObjectType('Feedback')
export class Feedback {
  @Field(() => ID) id: string;
  @Field(() => Int) rating: number;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('MentorshipSession')
export class MentorshipSession {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => Int) durationMinutes: number;
  @Field(() => SessionStatus) status: `${SessionStatus}`;
  @Field(() => String, { nullable: true }) agenda: string | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) completedAt: Date | null;
}

@ObjectType('SessionViewpoint', {
  description: 'A session as one person sees it, in their own zone',
})
export class SessionViewpoint {
  @Field(() => Participant) person?: unknown;
  @Field() timezone: string;
  @Field({ description: 'Local start, "YYYY-MM-DDTHH:MM"' }) localStart: string;
  @Field({ description: 'Whether the session lies inside their weekly availability' })
  insideAvailability: boolean;
}

// Shared by scheduleSession and scheduleSessionLocal.
@ArgsType()
export class SessionDetailsArgs {
  @Field(() => Int)
  @IsInt()
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2,000 characters' })
  agenda?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Log a past session as already done',
  })
  @IsOptional()
  @IsBoolean()
  completed?: boolean;
}

@ArgsType()
export class ScheduleSessionArgs extends SessionDetailsArgs {
  @Field(() => GraphQLISODateTime, { description: 'The start instant in UTC' })
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO-8601 instant' })
  startsAt: Date;
}

@ArgsType()
export class ScheduleLocalSessionArgs extends SessionDetailsArgs {
  @Field({ description: 'Local date-time "YYYY-MM-DDTHH:MM"' })
  @IsString()
  @MaxLength(16)
  localStart: string;

  @Field(() => String, {
    nullable: true,
    description: 'IANA zone of localStart; your own zone when omitted',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string | null;
}

@ArgsType()
export class FeedbackArgs {
  @Field(() => Int)
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be from 1 to 5' })
  @Max(5, { message: 'must be from 1 to 5' })
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2,000 characters' })
  comment?: string | null;
}

@ArgsType()
export class CancelSessionArgs {
  @Field()
  @IsString()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  reason: string;
}

@ArgsType()
export class RescheduleSessionArgs {
  @Field(() => GraphQLISODateTime, { description: 'The new start instant in UTC' })
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO-8601 instant' })
  startsAt: Date;

  @Field(() => Int, { nullable: true, description: 'A new length; the same when omitted' })
  @IsOptional()
  @IsInt()
  durationMinutes?: number | null;
}

@ArgsType()
export class RescheduleLocalSessionArgs {
  @Field({ description: 'The new local date-time "YYYY-MM-DDTHH:MM"' })
  @IsString()
  @MaxLength(16)
  localStart: string;

  @Field(() => String, {
    nullable: true,
    description: 'IANA zone of localStart; your own zone when omitted',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string | null;

  @Field(() => Int, { nullable: true, description: 'A new length; the same when omitted' })
  @IsOptional()
  @IsInt()
  durationMinutes?: number | null;
}
