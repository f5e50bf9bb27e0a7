import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

// Per-request facts that deep layers need without threading them through every call.
export type RequestStore = { sqlStatements: number };

export const requestContext = new AsyncLocalStorage<RequestStore>();

// Counts the SQL statements of each request (reported to tests as a response extension),
// so that a test can prove nested fields are batched. It prints nothing.
export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const store = requestContext.getStore();
    if (store) {
      store.sqlStatements++;
    }
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
