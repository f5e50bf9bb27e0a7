import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service';
import { TokenService } from '../common/auth/token.service';
import { Role } from '../common/enums';
import { AppError, badInput, unauthenticated } from '../common/errors/app-error';
import type { SignUpInput } from '../participants/dto/sign-up.input';
import type { ParticipantEntity } from '../participants/participant.entity';
import { emailOrFail, ParticipantsService } from '../participants/participants.service';
import { AttemptThrottle, LoginThrottle } from './login-throttle';
import { verifyPassword } from '../common/auth/password';
import { inTransaction } from '../common/transaction';
import { normalizeEmail } from '../common/email';
import { AccountService } from '../account/account.service';

export type Session = { token: string; me: ParticipantEntity };

@Injectable()
export class AuthService {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly signUps: AttemptThrottle,
    private readonly cohorts: CohortsService,
    private readonly account: AccountService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async signUp(input: SignUpInput, ip: string, now: Date): Promise<Session> {
    if (input.role === Role.LEAD) {
      throw badInput(
        'role',
        'choose MENTEE or MENTOR; program lead accounts are created by the program team',
      );
    }
    // Counted before the password is hashed, so a flood costs the server little.
    const wait = await this.signUps.attempt(
      normalizeEmail(input.email) ?? input.email.trim().toLowerCase().slice(0, 254),
      ip,
    );
    if (wait > 0) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many sign-up attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        { reason: 'SIGNUP_RATE_LIMITED', retryAfterSeconds: wait },
      );
    }
    const prepared = await this.participants.prepare(input);
    // The account and its cohort place are written together, or neither is. The new
    // participant row is invisible to others until commit, so locking the cohort after
    // inserting it cannot deadlock against the cohort-then-participant order.
    const me = await inTransaction(this.dataSource, async (m) => {
      const created = await this.participants.insert(m, prepared);
      // The verification link is mailed through the outbox, committed with the account.
      await this.account.issue(m, created, 'VERIFY_EMAIL', now);
      if (input.cohortId) {
        await this.cohorts.join(created, input.cohortId, created.role, created.capacity, m);
      }
      return created;
    });
    return { me, token: await this.tokens.issue(me) };
  }

  async login(email: string, password: string, ip: string): Promise<Session> {
    // A look-alike ("ｆｅ.x@…") finds the account of its plain form; an address that has no
    // plain form cannot have an account, so refusing it reveals nothing.
    const key = emailOrFail(email);
    // Counted before the password is checked: ten wrong passwords sent at once are ten.
    const wait = await this.throttle.attempt(key, ip);
    if (wait > 0) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many login attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        { reason: 'LOGIN_RATE_LIMITED', retryAfterSeconds: wait },
      );
    }
    const found = await this.participants.findByEmail(key);
    let ok: boolean;
    try {
      ok = await verifyPassword(found?.passwordHash, password.slice(0, 200));
    } catch (error) {
      // Not checked (the server was too busy): the attempt does not count.
      await this.throttle.refund(key, ip);
      throw error;
    }
    if (!found || !ok) {
      // The same answer whether or not the email has an account.
      throw unauthenticated('The email or the password is not right.', 'BAD_CREDENTIALS');
    }
    await this.throttle.forgive(key, ip);
    return { me: found, token: await this.tokens.issue(found) };
  }
}
