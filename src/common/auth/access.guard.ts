import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { forbidden, unauthenticated } from '../errors/app-error';
import type { GqlContext } from '../graphql/gql-context';
import { ACCESS_KEY, type Access } from './access.decorators';
import type { AuthUser } from './auth-user';
import { TokenService } from './token.service';

// A REST request carries its user here once the guard has read the token.
export type AuthedRequest = Request & { user?: AuthUser };

// The one guard of every transport: GraphQL operations and REST routes state their access
// (@Public, @Authenticated, @Roles) and are refused when they do not.
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      // An operation or route that forgot to state its access is closed, not open.
      throw forbidden('This operation is not available.', 'ACCESS_NOT_DECLARED');
    }
    let user: AuthUser | undefined;
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context).getContext<GqlContext>();
      gql.user ??= await this.tokens.userFromRequest(gql.req);
      user = gql.user;
    } else {
      const req = context.switchToHttp().getRequest<AuthedRequest>();
      req.user ??= await this.tokens.userFromRequest(req);
      user = req.user;
    }
    if (access.kind === 'public') {
      return true;
    }
    if (!user) {
      throw unauthenticated();
    }
    if (access.kind === 'roles' && !access.roles.some((role) => String(role) === user.role)) {
      throw forbidden(
        `Only ${access.roles.join(' or ').toLowerCase()}s may do this.`,
        'ROLE_REQUIRED',
      );
    }
    return true;
  }
}
