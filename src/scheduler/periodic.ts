import { Logger } from '@nestjs/common';

// A background sweep every `ms` (not on test servers, whose clocks the tests drive).
// Returns the function that stops it.
export function startSweep(
  name: string,
  ms: number,
  enabled: boolean,
  sweep: () => Promise<unknown>,
): () => void {
  if (!enabled) {
    return () => undefined;
  }
  const logger = new Logger(name);
  const timer = setInterval(() => {
    sweep().catch((e: unknown) => logger.warn(`${name} sweep failed: ${String(e)}`));
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}
