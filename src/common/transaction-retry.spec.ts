import { QueryFailedError } from 'typeorm';
import { backoffMs, DEFAULT_RETRY, isRetryable, withRetry } from './transaction-retry';

const pgError = (code: string) =>
  new QueryFailedError('INSERT', [], Object.assign(new Error(code), { code }));

describe('transaction retry', () => {
  it('retries deadlocks and serialization failures, not other errors', () => {
    expect(isRetryable(pgError('40P01'))).toBe(true);
    expect(isRetryable(pgError('40001'))).toBe(true);
    expect(isRetryable(pgError('23505'))).toBe(false);
    expect(isRetryable(new Error('boom'))).toBe(false);
  });

  it('runs again after a deadlock and returns the result', async () => {
    const waits: number[] = [];
    let runs = 0;
    const result = withRetry(
      () => {
        runs++;
        return runs < 3 ? Promise.reject(pgError('40P01')) : Promise.resolve('done');
      },
      DEFAULT_RETRY,
      (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      () => 0.5,
    );
    await expect(result).resolves.toBe('done');
    expect(runs).toBe(3);
    expect(waits).toEqual([5, 10]);
  });

  it('gives up after the last attempt with the database error', async () => {
    let runs = 0;
    await expect(
      withRetry(
        () => {
          runs++;
          return Promise.reject(pgError('40001'));
        },
        { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
        () => Promise.resolve(),
      ),
    ).rejects.toBeInstanceOf(QueryFailedError);
    expect(runs).toBe(3);
  });

  it('fails at once on an error that a retry cannot fix', async () => {
    let runs = 0;
    await expect(
      withRetry(() => {
        runs++;
        return Promise.reject(pgError('23505'));
      }),
    ).rejects.toBeInstanceOf(QueryFailedError);
    expect(runs).toBe(1);
  });

  it('bounds the backoff', () => {
    expect(backoffMs(20, DEFAULT_RETRY, () => 0.999)).toBeLessThan(DEFAULT_RETRY.maxDelayMs);
  });
});
