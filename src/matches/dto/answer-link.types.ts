import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { Language } from '../../common/enums';
import { DeclineMatchArgs } from './match-args';

// What an answer link shows without a login: the mentee's public profile and why they
// were proposed. No email, no self-identification.
@ObjectType('LinkedMentee')
export class LinkedMentee {
  @Field() displayName: string;
  @Field(() => [Language]) languages: string[];
  @Field() timezone: string;
  @Field(() => [String]) interests: string[];
  @Field(() => [String]) goals: string[];
  @Field(() => String, { nullable: true }) about: string | null;
}

@ObjectType('ProposalByLink')
export class ProposalByLink {
  @Field({ description: 'OPEN (it can be answered), ANSWERED or EXPIRED' })
  state: string;
  @Field({ description: 'The match status now' }) status: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field() mentorName: string;
  @Field(() => Language, { description: "The mentor's language, for the page" })
  mentorLanguage: string;
  @Field() mentorTimezone: string;
  @Field(() => LinkedMentee) mentee: LinkedMentee;
  @Field(() => [Language]) sharedLanguages: string[];
  @Field(() => [String]) sharedInterests: string[];
  @Field(() => Int) overlapMinutesPerWeek: number;
}

@ArgsType()
export class AnswerLinkArgs {
  @Field({ description: 'The token of the link in the proposal email' })
  @IsString()
  @MaxLength(200, { message: 'is not a valid link token' })
  token: string;
}

@ArgsType()
export class AnswerByLinkArgs extends DeclineMatchArgs {
  @Field({ description: 'The token of the link in the proposal email' })
  @IsString()
  @MaxLength(200, { message: 'is not a valid link token' })
  token: string;

  @Field({ description: 'true accepts the proposal, false declines it (with a reason)' })
  @IsBoolean()
  accept: boolean;
}
