import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { hashPassword } from '../common/auth/password';
import { normalizeEmail } from '../common/email';
import { AppError, notFound, type ErrorReason } from '../common/errors/app-error';
import { inTransaction } from '../common/transaction';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import {
  expiresAt,
  readToken,
  tokenState,
  type TokenPurpose,
  type TokenState,
} from './account-tokens';
import {
  findAccountByEmail,
  findAccountById,
  insertToken,
  lockToken,
  markEmailVerified,
  setPassword,
  spendTokens,
} from './account.repository';
import { AccountMailThrottle } from './account-mail-throttle';

const NOTICE: Record<TokenPurpose, 'VERIFY_EMAIL' | 'PASSWORD_RESET'> = {
  VERIFY_EMAIL: 'VERIFY_EMAIL',
  RESET_PASSWORD: 'PASSWORD_RESET',
};

const REFUSAL: Record<Exclude<TokenState, 'VALID'>, { reason: ErrorReason; message: string }> = {
  INVALID: {
    reason: 'TOKEN_INVALID',
    message: 'This link is not valid. Check that you opened the whole link from the email.',
  },
  EXPIRED: { reason: 'TOKEN_EXPIRED', message: 'This link has expired. Ask for a new one.' },
  USED: { reason: 'TOKEN_USED', message: 'This link has already been used. Ask for a new one.' },
};

const refuse = (state: Exclude<TokenState, 'VALID'>) =>
  new AppError('BAD_USER_INPUT', REFUSAL[state].message, {
    reason: REFUSAL[state].reason,
    field: 'token',
  });

// Email verification and password recovery: each link is a token row plus an outbox
// notice, written in one transaction with the change that asks for it.
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly throttle: AccountMailThrottle,
  ) {}

  // In the caller's transaction (sign-up): a link to the address the account was made with.
  async issue(
    m: EntityManager,
    account: { id: string; email: string },
    purpose: TokenPurpose,
    now: Date,
  ): Promise<void> {
    const token = await insertToken(m, {
      participantId: account.id,
      purpose,
      email: account.email,
      expiresAt: expiresAt(purpose, now),
    });
    await this.notifications.send(m, [
      { recipientId: account.id, kind: NOTICE[purpose], payload: { tokenId: token.id } },
    ]);
  }

  async resendVerification(user: AuthUser, ip: string, now: Date): Promise<boolean> {
    const account = await findAccountById(this.dataSource.manager, user.id);
    if (!account) {
      throw notFound('account');
    }
    if (account.emailVerifiedAt) {
      return true; // nothing to confirm any more
    }
    await this.checkThrottle(account.email, ip);
    await inTransaction(this.dataSource, (m) => this.issue(m, account, 'VERIFY_EMAIL', now));
    return true;
  }

  // The same answer whether or not the address has an account; the throttle counts both.
  async requestPasswordReset(rawEmail: string, ip: string, now: Date): Promise<boolean> {
    const email = normalizeEmail(rawEmail);
    await this.checkThrottle(email ?? rawEmail.trim().toLowerCase().slice(0, 254), ip);
    if (!email) {
      return true; // no account can have it
    }
    await inTransaction(this.dataSource, async (m) => {
      const account = await findAccountByEmail(m, email);
      if (account) {
        await this.issue(m, account, 'RESET_PASSWORD', now);
      }
    });
    return true;
  }

  async verifyEmail(token: string, now: Date): Promise<boolean> {
    const id = readToken('VERIFY_EMAIL', token, this.config.jwtSecret);
    if (!id) {
      throw refuse('INVALID');
    }
    return inTransaction(this.dataSource, async (m) => {
      const found = await lockToken(m, id, 'VERIFY_EMAIL');
      const state = tokenState(found?.token ?? null, found?.currentEmail ?? null, now);
      if (state === 'VALID' && found) {
        await markEmailVerified(m, found.token.participantId, found.token.email, now);
        await spendTokens(m, found.token.participantId, 'VERIFY_EMAIL', now);
        return true;
      }
      // An older link opened after the address was confirmed: it is confirmed, say so.
      if ((state === 'USED' || state === 'EXPIRED') && found?.verified) {
        return true;
      }
      throw refuse(state === 'VALID' ? 'INVALID' : state);
    });
  }

  async resetPassword(token: string, newPassword: string, now: Date): Promise<boolean> {
    const id = readToken('RESET_PASSWORD', token, this.config.jwtSecret);
    if (!id) {
      throw refuse('INVALID');
    }
    // Hashed before the transaction: argon2 takes a while and holds no lock.
    const hash = await hashPassword(newPassword);
    return inTransaction(this.dataSource, async (m) => {
      const found = await lockToken(m, id, 'RESET_PASSWORD');
      const state = tokenState(found?.token ?? null, found?.currentEmail ?? null, now);
      if (state !== 'VALID' || !found) {
        throw refuse(state === 'VALID' ? 'INVALID' : state);
      }
      const { participantId, email } = found.token;
      await setPassword(m, participantId, hash);
      await spendTokens(m, participantId, 'RESET_PASSWORD', now);
      // The link reached the mailbox: that proves the address as well as a verify link.
      await markEmailVerified(m, participantId, email, now);
      return true;
    });
  }

  private async checkThrottle(key: string, ip: string): Promise<void> {
    const wait = await this.throttle.attempt(key, ip);
    if (wait > 0) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many emails asked for. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        { reason: 'EMAIL_RATE_LIMITED', retryAfterSeconds: wait },
      );
    }
  }
}
