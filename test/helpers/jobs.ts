import { TEST_NOW_HEADER } from '../../src/common/graphql/request-clock';
import { baseUrl } from './graphql';

// Runs a background job once on the test server, at the given clock (the scheduler's test hook).
export async function runJob(
  name: 'expiry' | 'checkIns' | 'mailDispatch',
  at: Date,
  cohortId?: string,
): Promise<number> {
  const query = cohortId ? `?cohortId=${encodeURIComponent(cohortId)}` : '';
  const res = await fetch(`${baseUrl()}/test/jobs/${name}${query}`, {
    method: 'POST',
    headers: { [TEST_NOW_HEADER]: at.toISOString() },
  });
  if (res.status !== 200) {
    throw new Error(`job ${name} answered ${res.status}: ${await res.text()}`);
  }
  return ((await res.json()) as { changed: number }).changed;
}
