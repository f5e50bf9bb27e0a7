import { Field, InputType, PartialType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ProfileFieldsInput } from './profile-fields.input';

// Every field optional: what is given replaces the stored value, the rest stays.
@InputType('UpdateProfileInput')
export class UpdateProfileInput extends PartialType(ProfileFieldsInput, InputType) {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80, { message: 'must be at most 80 characters' })
  displayName?: string;
}
