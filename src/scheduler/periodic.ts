import { Logger } from '@nestjs/common';

// A background sweep every `ms` (not on test servers, whose clocks the tests drive). A run
// never overlaps the previous one. Returns the function that stops it: no new run starts,
// and the promise settles when the run in progress (if any) has finished its item.
export function startSweep(
  name: string,
  ms: number,
  enabled: boolean,
  sweep: () => Promise<unknown>,
): () => Promise<void> {
  if (!enabled) {
    return () => Promise.resolve();
  }
  const logger = new Logger(name);
  let current: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (current) {
      return;
    }
    current = sweep()
      .then(() => undefined)
      .catch((e: unknown) => logger.warn(`${name} sweep failed: ${String(e)}`))
      .finally(() => {
        current = null;
      });
  }, ms);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await current;
  };
}
