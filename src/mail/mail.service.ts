import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { findMatch } from '../matches/matches.repository';
import { findCohort } from '../cohorts/cohorts.repository';
import {
  claimDueEmails,
  countOutbox,
  finishEmail,
  insertNotices,
  type ClaimedEmail,
} from '../notifications/notifications.repository';
import { Metrics } from '../observability/metrics.service';
import type { ParticipantEntity } from '../participants/participant.entity';
import { findIdsByRole, findParticipantsByIds } from '../participants/participants.repository';
import { inTransaction } from '../common/transaction';
import { findToken } from '../account/account.repository';
import { tokenLink, tokenState } from '../account/account-tokens';
import { answerLink } from '../matches/answer-links';
import type { NotificationKind } from '../notifications/notification.entity';
import { unsubscribeFooter } from './footer';
import {
  categoryOf,
  isOptional,
  readPreferences,
  unsubscribeUrls,
  wants,
} from './mail-preferences';
import { afterFailure, CLAIM_LEASE_MS, DISPATCH_BATCH, messageId, shortError } from './mail-rules';
import {
  fileTransport,
  smtpTransport,
  type MailTransport,
  type OutgoingMail,
} from './mail-transport';
import { renderMessage, type MailLanguage, type MessageData } from './messages';
import { calendarOf, sessionMailData } from './session-mail';

const CONTENT_LANGUAGE: Record<MailLanguage, string> = { EN: 'en', ES: 'es-419' };

export type DispatchReport = { sent: number; retried: number; failed: number; skipped: number };

// The outbox dispatcher: claims due rows, sends each outside any transaction, records the
// outcome. Run by the scheduler (mailDispatch); safe on several instances at once.
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: MailTransport;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.transport = config.SMTP_URL
      ? smtpTransport(config.SMTP_URL)
      : fileTransport(config.mailDir);
  }

  get transportDescription(): string {
    return this.transport.description;
  }

  async dispatch(
    now: Date,
    scope: { cohortId?: string | null; recipientId?: string | null } = {},
  ): Promise<DispatchReport> {
    const m = this.dataSource.manager;
    const claimed = await claimDueEmails(
      m,
      now,
      DISPATCH_BATCH,
      new Date(now.getTime() + CLAIM_LEASE_MS),
      scope,
    );
    const report: DispatchReport = { sent: 0, retried: 0, failed: 0, skipped: 0 };
    try {
      for (const row of claimed) {
        try {
          const mail = await this.compose(row, now);
          if (!mail) {
            await finishEmail(m, row, { status: 'SKIPPED', at: now });
            report.skipped++;
            continue;
          }
          await this.transport.send(mail);
          await finishEmail(m, row, { status: 'SENT', at: now });
          report.sent++;
          this.metrics.mailDelivery('sent');
        } catch (error) {
          const next = afterFailure(row.attempts, now);
          const message = shortError(error);
          if (next.kind === 'retry') {
            await finishEmail(m, row, { status: 'PENDING', nextAt: next.at, error: message });
            report.retried++;
            this.metrics.mailDelivery('retried');
            this.logger.warn(
              `email ${row.id} attempt ${row.attempts} failed, retrying: ${message}`,
            );
          } else {
            await this.giveUp(row, message);
            report.failed++;
            this.metrics.mailDelivery('failed');
            this.logger.error(`email ${row.id} failed after ${row.attempts} attempts: ${message}`);
          }
        }
      }
    } finally {
      this.transport.endBatch();
    }
    this.metrics.outboxDepth(await countOutbox(m));
    return report;
  }

  // FAILED for good: the leads hear of it (in the same transaction), unless what failed
  // was itself such a notice, which would only fail again.
  private async giveUp(row: ClaimedEmail, error: string): Promise<void> {
    await inTransaction(this.dataSource, async (m) => {
      const marked = await finishEmail(m, row, { status: 'FAILED', error });
      if (!marked || row.kind === 'MAIL_FAILED') {
        return;
      }
      const [recipient] = await findParticipantsByIds(m, [row.recipientId]);
      const payload = {
        notificationId: row.id,
        kind: row.kind,
        recipientId: row.recipientId,
        recipientName: recipient?.displayName ?? null,
        attempts: row.attempts,
        error,
      };
      await insertNotices(
        m,
        (await findIdsByRole(m, 'LEAD')).map((id) => ({
          recipientId: id,
          kind: 'MAIL_FAILED' as const,
          payload,
        })),
      );
    });
  }

  // The message of one row, or null when there is nothing worth sending any more (the
  // proposal was answered or expired first, a link was used, a person or match is gone).
  private async compose(row: ClaimedEmail, now: Date): Promise<OutgoingMail | null> {
    const m = this.dataSource.manager;
    const [recipient] = await findParticipantsByIds(m, [row.recipientId]);
    // Nobody reads a deleted account's mail (its address is a placeholder).
    if (!recipient || recipient.deletedAt) {
      return null;
    }
    // A kind of email the person turned off is not sent (its notice stays in the app).
    const kind = row.kind as NotificationKind;
    if (!wants(readPreferences(recipient.emailPreferences), kind)) {
      return null;
    }
    const data = await this.messageData(row, recipient, now);
    if (!data) {
      return null;
    }
    const language = recipient.preferredLanguage;
    const category = categoryOf(kind);
    const unsubscribe = isOptional(category)
      ? unsubscribeUrls(recipient.id, category, this.config.jwtSecret, this.config.publicUrl)
      : null;
    const rendered = renderMessage(
      data,
      {
        displayName: recipient.displayName,
        preferredLanguage: language,
        timezone: recipient.timezone,
      },
      this.config.publicUrl,
    );
    if (unsubscribe && isOptional(category)) {
      const footer = unsubscribeFooter(language, category, unsubscribe.page);
      rendered.text += footer.text;
      rendered.html = rendered.html.replace('</body>', `${footer.html}</body>`);
    }
    return {
      key: row.id,
      from: this.config.MAIL_FROM,
      to: recipient.email,
      ...rendered,
      // RFC 8058: mail apps offer "unsubscribe", and POST to the one-click address.
      headers: unsubscribe
        ? {
            'List-Unsubscribe': `<${unsubscribe.oneClick}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : undefined,
      messageId: messageId(row.id, this.config.publicUrl),
      language: CONTENT_LANGUAGE[language],
      calendar: calendarOf(data),
    };
  }

  private async messageData(
    row: ClaimedEmail,
    recipient: ParticipantEntity,
    now: Date,
  ): Promise<MessageData | null> {
    const m = this.dataSource.manager;
    switch (row.kind) {
      case 'VERIFY_EMAIL':
      case 'PASSWORD_RESET': {
        const purpose = row.kind === 'VERIFY_EMAIL' ? 'VERIFY_EMAIL' : 'RESET_PASSWORD';
        const tokenId = row.payload.tokenId;
        const token = typeof tokenId === 'string' ? await findToken(m, tokenId, purpose) : null;
        // A link already used or expired, or for an address the account no longer has.
        if (!token || tokenState(token, recipient.email, now) !== 'VALID') {
          return null;
        }
        return {
          kind: row.kind,
          link: tokenLink(purpose, token.id, this.config.jwtSecret, this.config.publicUrl),
          expiresAt: token.expiresAt,
        };
      }
      case 'MATCH_STILL_LOOKING':
        return { kind: 'MATCH_STILL_LOOKING' };
      case 'MATCH_PARTNER_LEFT': {
        const cohortId = row.payload.cohortId;
        const cohort = typeof cohortId === 'string' ? await findCohort(m, cohortId) : null;
        if (!cohort) {
          return null;
        }
        return {
          kind: 'MATCH_PARTNER_LEFT',
          wasProposal: row.payload.previousStatus === 'PROPOSED',
          cohortName: cohort.name,
        };
      }
      case 'CHECK_IN_NUDGE': {
        const { matchId, mentorId, menteeId, reason } = row.payload;
        const otherId = recipient.id === mentorId ? menteeId : mentorId;
        if (typeof matchId !== 'string' || typeof otherId !== 'string') {
          return null;
        }
        const [[other], match] = await Promise.all([
          findParticipantsByIds(m, [otherId]),
          findMatch(m, matchId, now),
        ]);
        // Met, finished or ended since the flag: the nudge no longer applies.
        if (!other || !match || match.status !== 'ACCEPTED') {
          return null;
        }
        return {
          kind: 'CHECK_IN_NUDGE',
          otherName: other.displayName,
          reason: reason === 'NEVER_MET' ? 'NEVER_MET' : 'SILENT',
        };
      }
      case 'SESSION_SCHEDULED':
      case 'SESSION_MOVED':
      case 'SESSION_CANCELLED':
      case 'SESSION_REMINDER':
        return sessionMailData(m, row.kind, row.payload, recipient, now, {
          publicUrl: this.config.publicUrl,
          mailFrom: this.config.MAIL_FROM,
        });
      case 'MAIL_FAILED': {
        const p = row.payload;
        return {
          kind: 'MAIL_FAILED',
          failedKind: typeof p.kind === 'string' ? p.kind : '',
          recipientName: typeof p.recipientName === 'string' ? p.recipientName : null,
          attempts: Number(p.attempts ?? 0),
          error: typeof p.error === 'string' ? p.error : '',
        };
      }
      case 'MATCH_ACCEPTED': {
        const { matchId, mentorId } = row.payload;
        if (typeof matchId !== 'string' || typeof mentorId !== 'string') {
          return null;
        }
        const [[mentor], match] = await Promise.all([
          findParticipantsByIds(m, [mentorId]),
          findMatch(m, matchId, now),
        ]);
        // Ended or gone before the mail left: the contact details no longer apply.
        if (!mentor || !match || match.status !== 'ACCEPTED') {
          return null;
        }
        return {
          kind: 'MATCH_ACCEPTED',
          mentorName: mentor.displayName,
          mentorEmail: mentor.email,
        };
      }
      case 'MATCH_PROPOSED':
      case 'MATCH_REMINDER':
      case 'MATCH_EXPIRED': {
        const { matchId, menteeId } = row.payload;
        if (typeof matchId !== 'string' || typeof menteeId !== 'string') {
          return null;
        }
        const [[mentee], match] = await Promise.all([
          findParticipantsByIds(m, [menteeId]),
          findMatch(m, matchId, now),
        ]);
        if (!mentee || !match) {
          return null;
        }
        if (row.kind === 'MATCH_EXPIRED') {
          return {
            kind: 'MATCH_EXPIRED',
            menteeName: mentee.displayName,
            expiredAt: match.expiresAt,
          };
        }
        if (match.status !== 'PROPOSED') {
          return null;
        }
        const links = {
          acceptUrl: answerLink('accept', match, this.config.jwtSecret, this.config.publicUrl),
          declineUrl: answerLink('decline', match, this.config.jwtSecret, this.config.publicUrl),
        };
        if (row.kind === 'MATCH_REMINDER') {
          return {
            kind: 'MATCH_REMINDER',
            menteeName: mentee.displayName,
            expiresAt: match.expiresAt,
            ...links,
          };
        }
        return {
          ...links,
          kind: 'MATCH_PROPOSED',
          menteeName: mentee.displayName,
          expiresAt: match.expiresAt,
          sharedLanguages: sharedLanguages(recipient, mentee),
          sharedInterests: match.breakdown.sharedInterests ?? [],
          overlapMinutesPerWeek: match.breakdown.overlapMinutesPerWeek ?? 0,
        };
      }
      default:
        return null;
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

function sharedLanguages(a: ParticipantEntity, b: ParticipantEntity): MailLanguage[] {
  return (['EN', 'ES'] as const).filter((l) => a.languages.includes(l) && b.languages.includes(l));
}
