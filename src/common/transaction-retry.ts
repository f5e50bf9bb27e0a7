// Transactions that lose a deadlock (40P01) or a serialization conflict (40001) are run
// again, a bounded number of times with jittered backoff; everything else fails at once.
// The one place for it: services open transactions through `inTransaction` (transaction.ts).
import { pgErrorCode } from './database-errors';

export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40P01', '40001']);

export type RetryPolicy = {
  attempts: number; // runs in all, the first included
  baseDelayMs: number;
  maxDelayMs: number;
};

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 10, maxDelayMs: 250 };

export const isRetryable = (error: unknown): boolean => {
  const code = pgErrorCode(error) ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_SQLSTATES.has(code);
};

// Full jitter: a random wait in [0, min(max, base * 2^attempt)).
export const backoffMs = (attempt: number, policy: RetryPolicy, random: () => number): number =>
  Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));

export async function withRetry<T>(
  run: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  random: () => number = Math.random,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isRetryable(error) || attempt + 1 >= policy.attempts) {
        throw error;
      }
      await sleep(backoffMs(attempt, policy, random));
    }
  }
}
