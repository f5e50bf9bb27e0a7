import { TEST_NOW_HEADER } from '../../src/common/graphql/request-clock';
import { baseUrl } from './graphql';

// Runs a background job once on the test server, at the given clock (the scheduler's test hook).
export async function runJob(
  name: 'expiry' | 'checkIns' | 'mailDispatch' | 'reminders' | 'sessionReminders',
  at: Date,
  scope?: string | { cohortId?: string; recipientId?: string },
): Promise<number> {
  // A cohort id alone, or either: on the PostgreSQL pass other servers share the outbox.
  const { cohortId, recipientId } = typeof scope === 'string' ? { cohortId: scope } : (scope ?? {});
  const params = new URLSearchParams();
  if (cohortId) {
    params.set('cohortId', cohortId);
  }
  if (recipientId) {
    params.set('recipientId', recipientId);
  }
  const query = params.size ? `?${params.toString()}` : '';
  const res = await fetch(`${baseUrl()}/test/jobs/${name}${query}`, {
    method: 'POST',
    headers: { [TEST_NOW_HEADER]: at.toISOString() },
  });
  if (res.status !== 200) {
    throw new Error(`job ${name} answered ${res.status}: ${await res.text()}`);
  }
  return ((await res.json()) as { changed: number }).changed;
}
