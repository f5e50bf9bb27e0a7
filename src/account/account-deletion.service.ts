import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { verifyPassword } from '../common/auth/password';
import { AppError, notFound } from '../common/errors/app-error';
import { inTransaction } from '../common/transaction';
import {
  clearMatchWordsOf,
  closeForDeparture,
  insertEvents,
  lockLiveMatchesOf,
} from '../matches/matches.repository';
import { NotificationsService, type Notice } from '../notifications/notifications.service';
import { deleteNoticesOf } from '../notifications/notifications.repository';
import {
  anonymiseParticipant,
  countOtherLeads,
  findParticipantById,
  lockParticipants,
} from '../participants/participants.repository';
import {
  clearSessionWordsOf,
  findSessionsOf,
  updateSessionStatus,
} from '../sessions/sessions.repository';
import {
  checkDeletion,
  DEPARTURE_CANCEL_REASON,
  DELETED_DISPLAY_NAME,
  deletedEmail,
  planDepartures,
  sessionsToCancel,
} from './account-deletion';
import { PasswordCheckThrottle } from './account-mail-throttle';
import { deleteTokensOf } from './account.repository';

// deleteMyAccount: confirmed with the password, applied in one transaction (account-deletion.ts
// is the plan): live matches end or lapse with a word to the other person, sessions to come
// are called off in both calendars, and what is left of the person is anonymised.
@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly throttle: PasswordCheckThrottle,
  ) {}

  async deleteAccount(user: AuthUser, password: string, ip: string, now: Date): Promise<boolean> {
    const wait = await this.throttle.attempt(user.id, ip);
    if (wait > 0) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many wrong passwords. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        { reason: 'LOGIN_RATE_LIMITED', retryAfterSeconds: wait },
      );
    }
    const account = await findParticipantById(this.dataSource.manager, user.id);
    if (!account || account.deletedAt) {
      throw notFound('Your account', 'PARTICIPANT_NOT_FOUND');
    }
    let ok: boolean;
    try {
      ok = await verifyPassword(account.passwordHash, password.slice(0, 200));
    } catch (error) {
      await this.throttle.refund(user.id, ip);
      throw error;
    }
    if (!ok) {
      throw new AppError('BAD_USER_INPUT', 'password: this is not your current password', {
        reason: 'WRONG_PASSWORD',
        field: 'password',
      });
    }
    await this.throttle.forgive(user.id, ip);

    await inTransaction(this.dataSource, async (m) => {
      const [person] = await lockParticipants(m, [user.id]);
      // Deleted meanwhile, or the password changed since it was checked.
      if (!person || person.deletedAt || person.passwordHash !== account.passwordHash) {
        throw notFound('Your account', 'PARTICIPANT_NOT_FOUND');
      }
      const refusal = checkDeletion(person, await countOtherLeads(m, person.id));
      if (refusal) {
        throw new AppError('CONFLICT', refusal.message, { reason: refusal.reason });
      }
      const leads = await this.notifications.leadIds(m);
      const plan = planDepartures(person.id, await lockLiveMatchesOf(m, person.id), leads);
      for (const { match, to } of plan) {
        await closeForDeparture(m, match.id, to, now);
      }
      await insertEvents(
        m,
        plan.map(({ match, to }) => ({
          match,
          from: match.status,
          to,
          actorId: person.id,
          reason: 'ACCOUNT_DELETED',
        })),
      );

      const notices: Notice[] = plan.flatMap((d) => d.notices);
      for (const session of sessionsToCancel(await findSessionsOf(m, person.id), now)) {
        const cancelled = await updateSessionStatus(
          m,
          session.id,
          { status: 'CANCELLED', completedAt: null, cancelReason: DEPARTURE_CANCEL_REASON },
          true,
        );
        const otherId = cancelled.mentorId === person.id ? cancelled.menteeId : cancelled.mentorId;
        notices.push({
          recipientId: otherId,
          kind: 'SESSION_CANCELLED',
          payload: {
            sessionId: cancelled.id,
            matchId: cancelled.matchId,
            cohortId: cancelled.cohortId,
            startsAt: cancelled.startsAt.toISOString(),
            sequence: cancelled.calendarSequence,
            byId: person.id,
            reason: DEPARTURE_CANCEL_REASON,
          },
        });
      }

      await clearMatchWordsOf(m, person.id);
      await clearSessionWordsOf(m, person.id, DEPARTURE_CANCEL_REASON);
      await deleteTokensOf(m, person.id);
      await deleteNoticesOf(m, person.id);
      await anonymiseParticipant(
        m,
        person.id,
        { displayName: DELETED_DISPLAY_NAME, email: deletedEmail(person.id) },
        now,
      );
      await this.notifications.send(m, notices);
    });
    return true;
  }
}
