import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { unauthenticated } from '../errors/app-error';
import type { RoleName } from '../vocabulary';
import type { AuthUser } from './auth-user';
import { checkClaims, type Claims } from './claims';

type TokenSubject = { role: RoleName; ver: number };

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async issue(user: AuthUser): Promise<string> {
    const subject = await this.subject(user.id);
    if (!subject) {
      throw unauthenticated('This account no longer exists.', 'BAD_TOKEN');
    }
    return this.jwt.signAsync({
      sub: user.id,
      role: subject.role,
      ver: subject.ver,
    } satisfies Claims);
  }

  // A bad or expired token is an error, not an anonymous request: the client should know.
  async userFromRequest(req: Request): Promise<AuthUser | undefined> {
    const header = req.headers.authorization;
    if (!header) {
      return undefined;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      throw unauthenticated('The Authorization header must be "Bearer <token>".', 'BAD_TOKEN');
    }
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<AuthUser> {
    const invalid = () =>
      unauthenticated('Your session has expired or is invalid. Please log in again.', 'BAD_TOKEN');
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(token);
    } catch {
      throw invalid();
    }
    // A good signature proves who issued the token, not that its claims are well formed.
    const claims = checkClaims(payload);
    if (!claims) {
      throw invalid();
    }
    // The account may have been removed, or its tokens revoked, since the token was issued;
    // the role comes from the row.
    const subject = await this.subject(claims.sub);
    if (!subject) {
      throw unauthenticated('This account no longer exists.', 'BAD_TOKEN');
    }
    if (subject.ver !== claims.ver) {
      throw invalid();
    }
    return { id: claims.sub, role: subject.role };
  }

  private async subject(id: string): Promise<TokenSubject | undefined> {
    const rows: TokenSubject[] = await this.dataSource.query(
      'SELECT role, token_version AS ver FROM participant WHERE id = $1',
      [id],
    );
    return rows[0];
  }
}
