// Reads only read: a report runs all its queries in one read-only REPEATABLE READ
// transaction, so every figure comes from the same snapshot and nothing can be written.
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../common/transaction';

export function inReadOnlySnapshot<T>(
  dataSource: DataSource,
  work: (m: EntityManager) => Promise<T>,
): Promise<T> {
  return inTransaction(
    dataSource,
    async (m) => {
      // Before the first query, so the snapshot is taken read-only.
      await m.query('SET TRANSACTION READ ONLY');
      return work(m);
    },
    { isolation: 'REPEATABLE READ' },
  );
}
