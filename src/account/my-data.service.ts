import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { notFound } from '../common/errors/app-error';
import { readMyData } from './my-data.repository';

// The export of everything Puente stores about the person asking (GDPR-style access).
@Injectable()
export class MyDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(user: AuthUser, now: Date): Promise<Record<string, unknown>> {
    // One snapshot: every part read in the same repeatable-read transaction.
    const rows = await this.dataSource.transaction('REPEATABLE READ', (m) =>
      readMyData(m, user.id),
    );
    if (!rows.profile) {
      throw notFound('account');
    }
    return {
      exportedAt: now.toISOString(),
      format: 'puente-my-data/1',
      ...rows,
    };
  }
}
