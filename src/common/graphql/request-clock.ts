import type { Request } from 'express';

export const TEST_NOW_HEADER = 'x-puente-test-now';

// The request's "now". Only a test server honours the header, so that a test can act a
// week later (proposal expiry) without waiting; everywhere else it is the real clock.
export function requestNow(req: Request, testMode: boolean): Date {
  const header = req.headers[TEST_NOW_HEADER];
  if (testMode && typeof header === 'string') {
    const at = new Date(header);
    if (!Number.isNaN(at.getTime())) {
      return at;
    }
  }
  return new Date();
}
