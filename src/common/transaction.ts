import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './transaction-retry';

// Every write transaction goes through here: retried on deadlock or serialization failure.
//
// Lock order (to keep deadlocks rare in the first place): a transaction that locks several
// kinds of rows takes them as cohort, then participant (by id), then match, then session.
export function inTransaction<T>(
  dataSource: DataSource,
  work: (m: EntityManager) => Promise<T>,
  options: { isolation?: IsolationLevel; retry?: RetryPolicy } = {},
): Promise<T> {
  return withRetry(
    () =>
      options.isolation
        ? dataSource.transaction(options.isolation, work)
        : dataSource.transaction(work),
    options.retry ?? DEFAULT_RETRY,
  );
}
