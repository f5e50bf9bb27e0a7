import { Client } from 'pg';
import { TEST_NOW_HEADER } from '../src/common/graphql/request-clock';
import { createOpenCohort, loginLead, menteeIn, mentorIn, run } from './helpers/cohorts';
import { graphql, ok } from './helpers/graphql';
import { startOwnServer, stopServer, type RunningServer } from './setup/test-server';

async function runJobAt(url: string, name: string, at: Date, cohortId: string): Promise<number> {
  const res = await fetch(`${url}/test/jobs/${name}?cohortId=${cohortId}`, {
    method: 'POST',
    headers: { [TEST_NOW_HEADER]: at.toISOString() },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { changed: number }).changed;
}

// Three instances on one database run each background job at the same due moment, three
// times over: every effect (the status change, its history entry, each notice) happens once.
describe('background jobs across three instances', () => {
  const extra: RunningServer[] = [];
  let urls: string[];
  let db: Client;
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      extra.push(await startOwnServer());
    }
    urls = [process.env.PUENTE_TEST_URL as string, ...extra.map((s) => s.url)];
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await Promise.all(extra.map((s) => stopServer(s.child)));
  });

  const everywhere = (name: string, at: Date, cohortId: string) =>
    Promise.all([0, 1, 2].flatMap(() => urls.map((url) => runJobAt(url, name, at, cohortId))));

  it('expires each due proposal once, with one history entry and one notice per person', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead, { expiryDays: 3 });
    for (let i = 0; i < 4; i++) {
      await mentorIn(cohort.id, {}, 1);
      await menteeIn(cohort.id);
    }
    const proposals = (await run(lead, cohort.id)).runMatching.proposals;
    expect(proposals.length).toBe(4);

    const later = new Date(Date.now() + 10 * 86_400_000);
    const changed = await everywhere('expiry', later, cohort.id);
    expect(changed.reduce((a, b) => a + b, 0)).toBe(4);

    const events = await db.query<{ match_id: string; n: string }>(
      `SELECT match_id, count(*) AS n FROM match_event
        WHERE cohort_id = $1 AND to_status = 'EXPIRED' GROUP BY 1`,
      [cohort.id],
    );
    expect(events.rows.map((r) => Number(r.n))).toEqual([1, 1, 1, 1]);
    const notices = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM notification
        WHERE kind = 'MATCH_EXPIRED' AND payload->>'cohortId' = $1
        GROUP BY recipient_id, payload->>'matchId' HAVING count(*) > 1`,
      [cohort.id],
    );
    expect(notices.rows).toEqual([]);
    const mentorNotices = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM notification n JOIN match x ON x.id = (n.payload->>'matchId')::uuid
        WHERE n.kind = 'MATCH_EXPIRED' AND x.cohort_id = $1 AND n.recipient_id = x.mentor_id`,
      [cohort.id],
    );
    expect(Number(mentorNotices.rows[0].n)).toBe(4);
  });

  it('flags each silent pair for a check-in once', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentors = [];
    for (let i = 0; i < 3; i++) {
      mentors.push(await mentorIn(cohort.id, {}, 1));
      await menteeIn(cohort.id);
    }
    const proposals = (await run(lead, cohort.id)).runMatching.proposals;
    for (const p of proposals) {
      const mentor = mentors.find((m) => m.id === p.mentor.id)!;
      await ok(graphql(`mutation { acceptMatch(matchId: "${p.id}") { id } }`, {}, mentor.token));
    }

    const later = new Date(Date.now() + 60 * 86_400_000);
    const changed = await everywhere('checkIns', later, cohort.id);
    expect(changed.reduce((a, b) => a + b, 0)).toBe(proposals.length);

    const duplicates = await db.query(
      `SELECT recipient_id, payload->>'matchId' FROM notification
        WHERE kind = 'CHECK_IN_NEEDED' AND payload->>'cohortId' = $1
        GROUP BY 1, 2 HAVING count(*) > 1`,
      [cohort.id],
    );
    expect(duplicates.rows).toEqual([]);
    const flagged = await db.query<{ n: string }>(
      `SELECT count(DISTINCT payload->>'matchId') AS n FROM notification
        WHERE kind = 'CHECK_IN_NEEDED' AND payload->>'cohortId' = $1`,
      [cohort.id],
    );
    expect(Number(flagged.rows[0].n)).toBe(proposals.length);
  });
});
