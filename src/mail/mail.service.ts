import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { findMatch } from '../matches/matches.repository';
import {
  claimDueEmails,
  countOutbox,
  finishEmail,
  type ClaimedEmail,
} from '../notifications/notifications.repository';
import { Metrics } from '../observability/metrics.service';
import type { ParticipantEntity } from '../participants/participant.entity';
import { findParticipantsByIds } from '../participants/participants.repository';
import { afterFailure, CLAIM_LEASE_MS, DISPATCH_BATCH, messageId, shortError } from './mail-rules';
import {
  fileTransport,
  smtpTransport,
  type MailTransport,
  type OutgoingMail,
} from './mail-transport';
import { renderMessage, type MailLanguage, type MessageData } from './messages';

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

  async dispatch(now: Date, cohortId: string | null = null): Promise<DispatchReport> {
    const m = this.dataSource.manager;
    const claimed = await claimDueEmails(
      m,
      now,
      DISPATCH_BATCH,
      new Date(now.getTime() + CLAIM_LEASE_MS),
      cohortId,
    );
    const report: DispatchReport = { sent: 0, retried: 0, failed: 0, skipped: 0 };
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
          this.logger.warn(`email ${row.id} attempt ${row.attempts} failed, retrying: ${message}`);
        } else {
          await finishEmail(m, row, { status: 'FAILED', error: message });
          report.failed++;
          this.metrics.mailDelivery('failed');
          this.logger.error(`email ${row.id} failed after ${row.attempts} attempts: ${message}`);
        }
      }
    }
    this.metrics.outboxDepth(await countOutbox(m));
    return report;
  }

  // The message of one row, or null when there is nothing worth sending any more (the
  // proposal was answered or expired first, a person or match is gone).
  private async compose(row: ClaimedEmail, now: Date): Promise<OutgoingMail | null> {
    const m = this.dataSource.manager;
    const matchId = row.payload.matchId;
    const menteeId = row.payload.menteeId;
    if (typeof matchId !== 'string' || typeof menteeId !== 'string') {
      return null;
    }
    const [people, match] = await Promise.all([
      findParticipantsByIds(m, [row.recipientId, menteeId]),
      findMatch(m, matchId, now),
    ]);
    const recipient = people.find((p) => p.id === row.recipientId);
    const mentee = people.find((p) => p.id === menteeId);
    if (!recipient || !mentee || !match) {
      return null;
    }
    let data: MessageData;
    switch (row.kind) {
      case 'MATCH_PROPOSED':
        if (match.status !== 'PROPOSED') {
          return null;
        }
        data = {
          kind: 'MATCH_PROPOSED',
          menteeName: mentee.displayName,
          expiresAt: match.expiresAt,
          sharedLanguages: sharedLanguages(recipient, mentee),
          sharedInterests: match.breakdown.sharedInterests ?? [],
          overlapMinutesPerWeek: match.breakdown.overlapMinutesPerWeek ?? 0,
        };
        break;
      case 'MATCH_EXPIRED':
        data = {
          kind: 'MATCH_EXPIRED',
          menteeName: mentee.displayName,
          expiredAt: match.expiresAt,
        };
        break;
      default:
        return null;
    }
    const language = recipient.preferredLanguage;
    const rendered = renderMessage(
      data,
      {
        displayName: recipient.displayName,
        preferredLanguage: language,
        timezone: recipient.timezone,
      },
      this.config.publicUrl,
    );
    return {
      key: row.id,
      from: this.config.MAIL_FROM,
      to: recipient.email,
      ...rendered,
      messageId: messageId(row.id, this.config.publicUrl),
      language: CONTENT_LANGUAGE[language],
    };
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

function sharedLanguages(a: ParticipantEntity, b: ParticipantEntity): MailLanguage[] {
  return (['EN', 'ES'] as const).filter((l) => a.languages.includes(l) && b.languages.includes(l));
}
