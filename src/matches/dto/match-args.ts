import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class DeclineMatchArgs {
  @Field(() => String, {
    nullable: true,
    description: 'NO_TIME, NOT_MY_EXPERTISE, LANGUAGE or OTHER',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'A few words; required with OTHER' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  note?: string | null;
}

@ArgsType()
export class FinishMatchArgs {
  @Field(() => String, { nullable: true, description: 'Why; required to end a mentorship early' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  reason?: string | null;
}
