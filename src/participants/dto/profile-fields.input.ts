import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Language } from '../../common/enums';
import { AvailabilityInput } from './availability.type';

// Array and string bounds here refuse oversized requests early; the profile rules then
// give the precise, person-readable limits.
@InputType({ isAbstract: true })
export class ProfileFieldsInput {
  @Field(() => [Language])
  @IsArray()
  @ArrayMaxSize(2)
  @IsEnum(Language, { each: true })
  languages: Language[];

  @Field(() => Language)
  @IsEnum(Language)
  preferredLanguage: Language;

  @Field({ description: 'IANA time zone name, e.g. "America/Bogota"' })
  @IsString()
  @MaxLength(64)
  timezone: string;

  @Field(() => [AvailabilityInput])
  @IsArray()
  @ArrayMaxSize(21, { message: 'give at most 21 weekly time windows' })
  @ValidateNested({ each: true })
  @Type(() => AvailabilityInput)
  availability: AvailabilityInput[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(15, { message: 'choose at most 15 interests' })
  @IsString({ each: true })
  @MaxLength(40, { each: true, message: 'each interest must be at most 40 characters' })
  interests: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'choose at most 10 goals' })
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  goals?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'choose at most 10 areas of expertise' })
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  expertise?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'must be at most 1,000 characters' })
  about?: string | null;

  @Field(() => Int, { nullable: true, description: 'Mentors: how many mentees at once (1-10)' })
  @IsOptional()
  @IsInt()
  capacity?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Optional, private: seen only by you; used in anonymised equity reports',
  })
  @IsOptional()
  @IsBoolean()
  underrepresented?: boolean | null;
}
