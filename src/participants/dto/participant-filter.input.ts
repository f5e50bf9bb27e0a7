import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/graphql/connection';
import { Language, Role } from '../../common/enums';

@InputType('ParticipantFilter')
export class ParticipantFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => Language, { nullable: true, description: 'Speaks this language' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field({ nullable: true, description: 'IANA zone; links such as US/Eastern are accepted' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;

  @Field({ nullable: true, description: 'Has this interest tag' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  interest?: string;

  @Field(() => ID, { nullable: true, description: 'Is a member of this cohort' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a cohort id' })
  cohortId?: string;

  @Field({ nullable: true, description: 'Display name contains this text (any case)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  name?: string;
}

@ArgsType()
export class ParticipantsArgs extends ConnectionArgs {
  @Field(() => ParticipantFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParticipantFilter)
  filter?: ParticipantFilter;
}
