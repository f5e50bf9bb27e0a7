import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class TokenArgs {
  @Field({ description: 'The token of the link that was emailed' })
  @IsString()
  @MaxLength(200, { message: 'is not a valid link token' })
  token: string;
}

@ArgsType()
export class ResetPasswordArgs extends TokenArgs {
  // The same rule as at sign-up.
  @Field()
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters long' })
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  newPassword: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @IsString()
  @MaxLength(320, { message: 'must be at most 320 characters long' })
  email: string;
}

@ArgsType()
export class DeleteMyAccountArgs {
  @Field({ description: 'Your current password, to confirm' })
  @IsString()
  @MinLength(1, { message: 'type your password to confirm' })
  @MaxLength(200, { message: 'is not your current password' })
  password: string;
}
