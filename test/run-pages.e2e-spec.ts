import { createOpenCohort, loginLead, menteeIn, mentorIn } from './helpers/cohorts';
import { firstError, graphql, ok } from './helpers/graphql';

const PAGED = `mutation R($c: ID!, $first: Int, $after: String, $dry: Boolean) {
  runMatching(cohortId: $c, dryRun: $dry) {
    id matchedCount unmatchedCount inputHash
    unmatchedReasons { reason count }
    proposalsPage(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id mentor { id } mentee { id } score } }
    }
    unmatchedPage(first: $first) {
      totalCount
      edges { node { mentee { id } reasons } }
    }
  }
}`;

type Paged = {
  runMatching: {
    id: string | null;
    matchedCount: number;
    unmatchedCount: number;
    inputHash: string;
    unmatchedReasons: { reason: string; count: number }[];
    proposalsPage: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: { node: { id: string; mentee: { id: string }; score: number } }[];
    };
    unmatchedPage: { totalCount: number; edges: { node: { mentee: { id: string } } }[] };
  };
};

// A large cohort's dry run answers with its totals and the first page; the rest comes a
// page at a time (the run is deterministic: the same input gives the same pages).
describe('a run read a page at a time', () => {
  it('pages the proposals and the unmatched of a dry run and of a saved run', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    for (let i = 0; i < 3; i++) {
      await mentorIn(cohort.id, {}, 2);
    }
    const mentees = [];
    for (let i = 0; i < 8; i++) {
      mentees.push(await menteeIn(cohort.id));
    }
    const page = (after: string | null, dry = true) =>
      ok(graphql<Paged>(PAGED, { c: cohort.id, first: 4, after, dry }, lead.token));

    const first = (await page(null)).runMatching;
    expect(first.matchedCount).toBe(6);
    expect(first.unmatchedCount).toBe(2);
    expect(first.unmatchedReasons).toEqual([{ reason: 'MENTORS_AT_CAPACITY', count: 2 }]);
    expect(first.proposalsPage.totalCount).toBe(6);
    expect(first.proposalsPage.edges).toHaveLength(4);
    expect(first.proposalsPage.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(first.unmatchedPage.totalCount).toBe(2);

    const second = (await page(first.proposalsPage.pageInfo.endCursor)).runMatching;
    expect(second.inputHash).toBe(first.inputHash);
    expect(second.proposalsPage.edges).toHaveLength(2);
    expect(second.proposalsPage.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    const paired = [...first.proposalsPage.edges, ...second.proposalsPage.edges].map(
      (e) => e.node.mentee.id,
    );
    const unmatched = first.unmatchedPage.edges.map((e) => e.node.mentee.id);
    // Every mentee appears once: on a page of pairs or among the unmatched.
    expect(new Set([...paired, ...unmatched]).size).toBe(8);
    expect([...paired, ...unmatched].sort()).toEqual(mentees.map((m) => m.id).sort());

    // Saved, the run pages by its id, and a dry run's cursor does not read it.
    const published = (await page(null, false)).runMatching;
    expect(published.id).not.toBeNull();
    expect(published.proposalsPage.totalCount).toBe(6);
    const RUNS = `query Q($c: ID!, $after: String) {
      matchRuns(cohortId: $c) { id proposalsPage(first: 4, after: $after) { totalCount edges { node { id } } } }
    }`;
    const runs = await ok(
      graphql<{
        matchRuns: { id: string; proposalsPage: { edges: { node: { id: string } }[] } }[];
      }>(RUNS, { c: cohort.id, after: null }, lead.token),
    );
    expect(runs.matchRuns[0].proposalsPage.edges.map((e) => e.node.id)).toEqual(
      published.proposalsPage.edges.map((e) => e.node.id),
    );
    const stale = await graphql(
      RUNS,
      { c: cohort.id, after: first.proposalsPage.pageInfo.endCursor },
      lead.token,
    );
    expect(firstError(stale).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a page size past 500 and a cursor it never gave out', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const big = await graphql(PAGED, { c: cohort.id, first: 501, dry: true }, lead.token);
    expect(firstError(big).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const forged = await graphql(
      PAGED,
      { c: cohort.id, first: 5, after: 'not-a-cursor', dry: true },
      lead.token,
    );
    expect(firstError(forged).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
