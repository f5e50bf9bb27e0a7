import * as argon2 from 'argon2';
import { availableParallelism } from 'node:os';
import { RETRY_AFTER_SECONDS } from '../database-errors';
import { AppError } from '../errors/app-error';
import { QueueFullError, WorkQueue } from '../work-queue';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// Hashes cost ~25 ms of CPU each: at most one fewer than the cores at once, so that a burst
// of sign-ups leaves a core for everyone else; the rest wait their turn, and past 200
// waiting the request is answered 503 at once (Retry-After) instead of queueing for minutes.
const hashing = new WorkQueue(Math.max(1, availableParallelism() - 1), 200);

async function queued<T>(job: () => Promise<T>): Promise<T> {
  try {
    return await hashing.run(job);
  } catch (error) {
    if (error instanceof QueueFullError) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'Puente is very busy right now. Please try again in a moment.',
        { reason: 'SERVER_BUSY', retryAfterSeconds: RETRY_AFTER_SECONDS },
      );
    }
    throw error;
  }
}

export const hashPassword = (password: string) => queued(() => argon2.hash(password, OPTIONS));

// Verifying against a fixed hash when the account does not exist keeps the timing of
// "unknown email" and "wrong password" alike.
let decoy: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  decoy ??= argon2.hash('decoy-password-for-timing', OPTIONS);
  const against = hash ?? (await decoy);
  return queued(async () => {
    try {
      return await argon2.verify(against, password);
    } catch {
      return false;
    }
  });
}
