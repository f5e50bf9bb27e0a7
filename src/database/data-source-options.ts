import type { DataSourceOptions } from 'typeorm';
import { CohortEntity, CohortMemberEntity, PairRuleEntity } from '../cohorts/cohort.entity';
import { StatementCountingLogger } from '../common/request-context';
import { MatchEntity, MatchEventEntity, MatchRunEntity } from '../matches/match.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { ParticipantEntity } from '../participants/participant.entity';
import { FeedbackEntity, SessionEntity } from '../sessions/session.entity';
import { silentLog, type DatabaseLog } from './embedded-postgres';
import { migrations } from './migrations';

export const entities = [
  ParticipantEntity,
  CohortEntity,
  CohortMemberEntity,
  PairRuleEntity,
  MatchEntity,
  MatchEventEntity,
  MatchRunEntity,
  NotificationEntity,
  SessionEntity,
  FeedbackEntity,
];

export type DatabaseTarget = { url: string; embedded: boolean };

export function dataSourceOptions(
  target: DatabaseTarget,
  logger: DatabaseLog = silentLog,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities,
    migrations,
    // Run by runMigrationsOnce (migrate.ts), under a lock when several instances start.
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query'],
    logger: new StatementCountingLogger(),
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    // PGlite has a single session: one pooled connection, and callers wait their turn
    // rather than share it between transactions (a queue, not an outage: a long wait).
    extra: target.embedded
      ? { max: 1, connectionTimeoutMillis: 30_000, idleTimeoutMillis: 0 }
      : { max: 10, connectionTimeoutMillis: 5_000 },
    // A server restart kills idle clients: log it, the pool replaces them on next use.
    poolErrorHandler: (error: Error) => logger.warn(`PostgreSQL connection lost: ${error.message}`),
  };
}
