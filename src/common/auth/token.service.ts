import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Role } from '../enums';
import { unauthenticated } from '../errors/app-error';
import type { AuthUser } from './auth-user';

type Claims = { sub: string; role: `${Role}` };

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  issue(user: AuthUser): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, role: user.role } satisfies Claims);
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
    let claims: Claims;
    try {
      claims = await this.jwt.verifyAsync<Claims>(token);
    } catch {
      throw unauthenticated(
        'Your session has expired or is invalid. Please log in again.',
        'BAD_TOKEN',
      );
    }
    // The account may have been removed since the token was issued; the role comes from the row.
    const rows: { role: `${Role}` }[] = await this.dataSource.query(
      'SELECT role FROM participant WHERE id = $1',
      [claims.sub],
    );
    if (rows.length === 0) {
      throw unauthenticated('This account no longer exists.', 'BAD_TOKEN');
    }
    return { id: claims.sub, role: rows[0].role };
  }
}
