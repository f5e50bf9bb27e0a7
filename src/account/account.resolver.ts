import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from '../common/graphql/json.scalar';
import { MyDataService } from './my-data.service';
import { Authenticated, Public } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { AccountService } from './account.service';
import { AccountDeletionService } from './account-deletion.service';
import {
  DeleteMyAccountArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  TokenArgs,
} from './dto/account.args';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly myData: MyDataService,
    private readonly deletion: AccountDeletionService,
  ) {}

  @Authenticated()
  @Mutation(() => Boolean, {
    description:
      'Delete your account for good, confirmed with your password: live matches end (the other person is told), sessions to come are cancelled, and your name, email, free text and self-identification are removed; only anonymised records stay for the reports',
  })
  deleteMyAccount(
    @CurrentUser() user: AuthUser,
    @Args() args: DeleteMyAccountArgs,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.deletion.deleteAccount(user, args.password, ctx.req.ip ?? 'unknown', ctx.now);
  }

  @Authenticated()
  @Query(() => GraphQLJSON, {
    description:
      'Everything Puente stores about you, as JSON: profile, memberships, matches, sessions, the feedback you wrote, notifications',
  })
  exportMyData(@CurrentUser() user: AuthUser, @Context() ctx: GqlContext) {
    return this.myData.export(user, ctx.now);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Confirm an email address with the emailed link' })
  verifyEmail(@Args() args: TokenArgs, @Context() ctx: GqlContext): Promise<boolean> {
    return this.account.verifyEmail(args.token, ctx.now);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Email the verification link again' })
  resendVerificationEmail(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.account.resendVerification(user, ctx.req.ip ?? 'unknown', ctx.now);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Email a password reset link (valid 60 minutes) if the address has an account; the answer is the same either way',
  })
  requestPasswordReset(
    @Args() args: RequestPasswordResetArgs,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.account.requestPasswordReset(args.email, ctx.req.ip ?? 'unknown', ctx.now);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Set a new password with the emailed link; every existing login of the account ends',
  })
  resetPassword(@Args() args: ResetPasswordArgs, @Context() ctx: GqlContext): Promise<boolean> {
    return this.account.resetPassword(args.token, args.newPassword, ctx.now);
  }
}
