import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role } from '../../common/enums';
import { ProfileFieldsInput } from './profile-fields.input';

@InputType('SignUpInput')
export class SignUpInput extends ProfileFieldsInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(254, { message: 'must be at most 254 characters' })
  @IsEmail({}, { message: 'must be a valid email address' })
  email: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters long' })
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  password: string;

  @Field()
  @IsString()
  @MaxLength(80, { message: 'must be at most 80 characters' })
  displayName: string;

  @Field(() => Role, { description: 'MENTEE or MENTOR; LEAD accounts are never self-created' })
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Join this open cohort right away' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a cohort id' })
  cohortId?: string | null;
}
