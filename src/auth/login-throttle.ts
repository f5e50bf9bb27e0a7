import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export type ThrottleLimits = { perEmail: number; perIp: number; windowSeconds: number };

// The pool a throttle shares with every instance, or none on the embedded database.
export const sharedPool = (config: { embedded: boolean }, dataSource: DataSource) =>
  config.embedded ? undefined : ((dataSource.driver as PostgresDriver).master as Pool);

// One limiter: in the database (table rate_limit, shared by every instance) on a PostgreSQL
// server, in memory on the embedded PGlite (one process by design).
function limiter(keyPrefix: string, points: number, duration: number, shared?: Pool) {
  return shared
    ? new RateLimiterPostgres({
        storeClient: shared,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true, // by migration 1764800000000
        keyPrefix,
        points,
        duration,
      })
    : new RateLimiterMemory({ keyPrefix, points, duration });
}

// Counts the attempts of an action (login, sign-up; later password reset and email resend)
// per address and per client address. An attempt is counted before it does anything (one
// atomic increment in the store), so simultaneous attempts cannot all slip under the limit
// while the first ones are still checking a password; an attempt past a limit is refused,
// and still counts.
export class AttemptThrottle {
  private readonly byEmail: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(action: string, limits: ThrottleLimits, shared?: Pool, namespace = '') {
    const prefix = namespace ? `${namespace}:${action}` : action;
    this.byEmail = limiter(`${prefix}-email`, limits.perEmail, limits.windowSeconds, shared);
    this.byIp = limiter(`${prefix}-ip`, limits.perIp, limits.windowSeconds, shared);
  }

  // Seconds to wait, or 0 when this attempt may go ahead (it has been counted).
  async attempt(email: string, ip: string): Promise<number> {
    const results = await Promise.allSettled([this.byEmail.consume(email), this.byIp.consume(ip)]);
    let wait = 0;
    for (const r of results) {
      if (r.status === 'rejected') {
        if (!(r.reason instanceof RateLimiterRes)) {
          throw r.reason;
        }
        wait = Math.max(wait, Math.ceil(r.reason.msBeforeNext / 1000));
      }
    }
    return wait;
  }

  // A login that succeeded clears its address's count and gives its client address its
  // attempt back: only failures should add up.
  async forgive(email: string, ip: string): Promise<void> {
    await Promise.all([this.byEmail.delete(email), this.byIp.reward(ip, 1)]);
  }

  // An attempt that could not be carried out (the server was busy) does not count.
  async refund(email: string, ip: string): Promise<void> {
    await Promise.all([this.byEmail.reward(email, 1), this.byIp.reward(ip, 1)]);
  }
}

// Failed logins per email and per client address: a success forgives the attempt.
export class LoginThrottle extends AttemptThrottle {
  constructor(limits: ThrottleLimits, shared?: Pool, namespace = '') {
    super('login', limits, shared, namespace);
  }
}
