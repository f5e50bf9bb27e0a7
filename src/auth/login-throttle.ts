import type { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export type ThrottleLimits = { perEmail: number; perIp: number; windowSeconds: number };

// Counts failed logins per email and per client address; a success clears the email's count.
// On a PostgreSQL server the counts live in the database (table rate_limit), so that every
// instance behind a load balancer shares them; the embedded PGlite is one process, and
// counts in memory.
export class LoginThrottle {
  private readonly byEmail: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(limits: ThrottleLimits, shared?: Pool) {
    const limiter = (keyPrefix: string, points: number) =>
      shared
        ? new RateLimiterPostgres({
            storeClient: shared,
            storeType: 'pool',
            tableName: 'rate_limit',
            tableCreated: true, // by migration 1764800000000
            keyPrefix,
            points,
            duration: limits.windowSeconds,
          })
        : new RateLimiterMemory({ keyPrefix, points, duration: limits.windowSeconds });
    this.byEmail = limiter('login-email', limits.perEmail);
    this.byIp = limiter('login-ip', limits.perIp);
  }

  // Seconds to wait before the next attempt, or 0 when one is allowed.
  async retryAfter(email: string, ip: string): Promise<number> {
    const [e, i] = await Promise.all([this.byEmail.get(email), this.byIp.get(ip)]);
    const wait = (res: RateLimiterRes | null, limit: number) =>
      res && res.consumedPoints >= limit ? Math.ceil(res.msBeforeNext / 1000) : 0;
    return Math.max(wait(e, this.byEmail.points), wait(i, this.byIp.points));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    // consume() rejects once the limit is passed; the count is what matters here.
    await Promise.allSettled([this.byEmail.consume(email), this.byIp.consume(ip)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}
