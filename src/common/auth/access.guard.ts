import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../errors/app-error';
import type { GqlContext } from '../graphql/gql-context';
import { ACCESS_KEY, type Access } from './access.decorators';
import { TokenService } from './token.service';

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') {
      // REST controllers check their own access (health is public, downloads check tokens).
      return true;
    }
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      // A resolver that forgot to state its access is closed, not open.
      throw forbidden('This operation is not available.', 'ACCESS_NOT_DECLARED');
    }
    const gql = GqlExecutionContext.create(context).getContext<GqlContext>();
    gql.user ??= await this.tokens.userFromRequest(gql.req);
    if (access.kind === 'public') {
      return true;
    }
    if (!gql.user) {
      throw unauthenticated();
    }
    if (access.kind === 'roles' && !access.roles.some((role) => role === gql.user?.role)) {
      throw forbidden(
        `Only ${access.roles.join(' or ').toLowerCase()}s may do this.`,
        'ROLE_REQUIRED',
      );
    }
    return true;
  }
}
