import { Inject, Injectable } from '@nestjs/common';
import { TokenService } from '../common/auth/token.service';
import { Role } from '../common/enums';
import { AppError, badInput, unauthenticated } from '../common/errors/app-error';
import type { SignUpInput } from '../participants/dto/sign-up.input';
import type { ParticipantEntity } from '../participants/participant.entity';
import { normalizeEmail, ParticipantsService } from '../participants/participants.service';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';

export type Session = { token: string; me: ParticipantEntity };

// Hook for features that act on sign-up (joining a cohort), kept out of this module's deps.
export const SIGN_UP_HOOKS = Symbol('SIGN_UP_HOOKS');
export type SignUpHook = {
  validate(input: SignUpInput): Promise<void>;
  afterSignUp(input: SignUpInput, participant: ParticipantEntity): Promise<void>;
};

@Injectable()
export class AuthService {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    @Inject(SIGN_UP_HOOKS) private readonly hooks: SignUpHook[],
  ) {}

  async signUp(input: SignUpInput): Promise<Session> {
    if (input.role === Role.LEAD) {
      throw badInput('role', 'choose MENTEE or MENTOR; program lead accounts are created by the program team');
    }
    for (const hook of this.hooks) {
      await hook.validate(input);
    }
    const me = await this.participants.create(input);
    for (const hook of this.hooks) {
      await hook.afterSignUp(input, me);
    }
    return { me, token: await this.tokens.issue(me) };
  }

  async login(email: string, password: string, ip: string): Promise<Session> {
    const key = normalizeEmail(email);
    const wait = await this.throttle.retryAfter(key, ip);
    if (wait > 0) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many login attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        { reason: 'LOGIN_RATE_LIMITED', retryAfterSeconds: wait },
      );
    }
    const found = key.length <= 254 ? await this.participants.findByEmail(key) : null;
    const ok = await verifyPassword(found?.passwordHash, password.slice(0, 200));
    if (!found || !ok) {
      await this.throttle.recordFailure(key, ip);
      // The same answer whether or not the email has an account.
      throw unauthenticated('The email or the password is not right.', 'BAD_CREDENTIALS');
    }
    await this.throttle.recordSuccess(key);
    return { me: found, token: await this.tokens.issue(found) };
  }
}
