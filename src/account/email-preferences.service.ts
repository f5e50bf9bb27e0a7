import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, notFound } from '../common/errors/app-error';
import { inTransaction } from '../common/transaction';
import { AppConfig } from '../config/app-config';
import {
  readPreferences,
  readUnsubscribeToken,
  withCategory,
  type EmailPreferences,
  type OptionalCategory,
} from '../mail/mail-preferences';
import { findPreferences, lockPreferences, savePreferences } from './account.repository';

// The optional kinds of email as the API shows them: true means "send it".
export type EmailChoices = { matchUpdates: boolean; sessions: boolean; program: boolean };

const FIELDS: Record<keyof EmailChoices, OptionalCategory> = {
  matchUpdates: 'MATCH_UPDATES',
  sessions: 'SESSIONS',
  program: 'PROGRAM',
};

export const choicesOf = (prefs: EmailPreferences): EmailChoices => ({
  matchUpdates: !prefs.off.includes('MATCH_UPDATES'),
  sessions: !prefs.off.includes('SESSIONS'),
  program: !prefs.off.includes('PROGRAM'),
});

@Injectable()
export class EmailPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async get(participantId: string): Promise<EmailChoices> {
    const found = await findPreferences(this.dataSource.manager, participantId);
    if (!found) {
      throw notFound('account');
    }
    return choicesOf(readPreferences(found.raw));
  }

  // Only the choices given change.
  async update(participantId: string, change: Partial<EmailChoices>): Promise<EmailChoices> {
    return inTransaction(this.dataSource, async (m) => {
      const raw = await lockPreferences(m, participantId);
      if (raw === undefined) {
        throw notFound('account');
      }
      let prefs = readPreferences(raw);
      for (const key of Object.keys(FIELDS) as (keyof EmailChoices)[]) {
        const on = change[key];
        if (typeof on === 'boolean') {
          prefs = withCategory(prefs, FIELDS[key], on);
        }
      }
      await savePreferences(m, participantId, prefs);
      return choicesOf(prefs);
    });
  }

  // An unsubscribe link (or its one-click POST): no login, one kind of email of one person.
  async unsubscribe(
    token: string,
    on: boolean,
  ): Promise<{ category: OptionalCategory; subscribed: boolean }> {
    const read = readUnsubscribeToken(token, this.config.jwtSecret);
    if (!read) {
      throw new AppError(
        'BAD_USER_INPUT',
        'This link is not valid. Check that you opened the whole link from the email.',
        { reason: 'TOKEN_INVALID', field: 'token' },
      );
    }
    await inTransaction(this.dataSource, async (m) => {
      const raw = await lockPreferences(m, read.participantId);
      if (raw === undefined) {
        throw notFound('account');
      }
      await savePreferences(
        m,
        read.participantId,
        withCategory(readPreferences(raw), read.category, on),
      );
    });
    return { category: read.category, subscribed: on };
  }
}
