import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@ObjectType('EmailPreferences', {
  description:
    'Optional kinds of email (true: sent). Proposals and account-security email are always sent.',
})
export class EmailPreferencesType {
  @Field({ description: 'Acceptances, "still looking", check-in nudges' }) matchUpdates: boolean;
  @Field({ description: 'Session invitations, changes and reminders' }) sessions: boolean;
  @Field({ description: 'Program notices for leads (failed deliveries)' }) program: boolean;
}

@InputType('EmailPreferencesInput')
export class EmailPreferencesInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  matchUpdates?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  sessions?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  program?: boolean;
}

@ObjectType('UnsubscribeResult')
export class UnsubscribeResult {
  @Field({ description: 'MATCH_UPDATES, SESSIONS or PROGRAM' }) category: string;
  @Field({ description: 'Whether this kind of email is sent now' }) subscribed: boolean;
}

@ArgsType()
export class UnsubscribeArgs {
  @Field({ description: 'The token of the unsubscribe link' })
  @IsString()
  @MaxLength(300, { message: 'is not a valid link token' })
  token: string;

  @Field({ defaultValue: false, description: 'true subscribes again (undo)' })
  @IsBoolean()
  resubscribe: boolean;
}
