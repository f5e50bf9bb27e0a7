import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators';
import type { GqlContext } from '../common/graphql/gql-context';
import { AuthPayload } from '../participants/dto/auth-payload.type';
import { SignUpInput } from '../participants/dto/sign-up.input';
import { AuthService } from './auth.service';
import { LoginArgs } from './dto/login.args';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Create a mentee or mentor account' })
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    const session = await this.auth.signUp(input, ctx.req.ip ?? 'unknown', ctx.now);
    // From here on the new account is the viewer of its own payload.
    ctx.user = { id: session.me.id, role: session.me.role };
    return session;
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args() args: LoginArgs, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const session = await this.auth.login(args.email, args.password, ctx.req.ip ?? 'unknown');
    ctx.user = { id: session.me.id, role: session.me.role };
    return session;
  }
}
