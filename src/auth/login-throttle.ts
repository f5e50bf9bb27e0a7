import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type ThrottleLimits = { perEmail: number; perIp: number; windowSeconds: number };

// Counts failed logins per email and per client address; a success clears the email's count.
export class LoginThrottle {
  private readonly byEmail: RateLimiterMemory;
  private readonly byIp: RateLimiterMemory;

  constructor(limits: ThrottleLimits) {
    this.byEmail = new RateLimiterMemory({
      keyPrefix: 'login-email',
      points: limits.perEmail,
      duration: limits.windowSeconds,
    });
    this.byIp = new RateLimiterMemory({
      keyPrefix: 'login-ip',
      points: limits.perIp,
      duration: limits.windowSeconds,
    });
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
