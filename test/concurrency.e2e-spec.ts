import { graphql, ok } from './helpers/graphql';
import { loginLead } from './helpers/factories';
import { createOpenCohort, menteeIn, mentorIn, RUN } from './helpers/cohorts';

// With DATABASE_URL this runs against the PostgreSQL server, where the calls really race on
// separate connections; on PGlite they queue on its single session and must agree too.
describe('capacity under concurrent runs and answers', () => {
  it('never gives a mentor of capacity 2 more than 2 places, however many runs and answers race', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, {}, 2);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => menteeIn(cohort.id, { displayName: `Mentee ${i}` })),
    );
    // Five real runs at once: together they propose exactly two mentees (proposals hold places).
    const runs = await Promise.all(
      Array.from({ length: 5 }, () =>
        graphql<{ runMatching: { matchedCount: number } }>(RUN, { c: cohort.id }, lead.token),
      ),
    );
    expect(runs.every((r) => r.errors === undefined)).toBe(true);
    expect(runs.reduce((n, r) => n + (r.data?.runMatching.matchedCount ?? 0), 0)).toBe(2);
    const mine = (
      await ok(
        graphql<{ myMatches: { id: string; status: string }[] }>(
          '{ myMatches { id status } }',
          {},
          mentor.token,
        ),
      )
    ).myMatches;
    expect(mine).toHaveLength(2);

    // Each proposal answered 25 times at once, while the mentor tries to lower the capacity.
    const ACCEPT = 'mutation A($id: ID!) { acceptMatch(matchId: $id) { status } }';
    const [results, lower] = await Promise.all([
      Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          graphql<{ acceptMatch: { status: string } }>(
            ACCEPT,
            { id: mine[i % 2].id },
            mentor.token,
          ),
        ),
      ),
      graphql(
        `mutation { setMyCapacity(cohortId: "${cohort.id}", capacity: 1) { capacity } }`,
        {},
        mentor.token,
      ),
    ]);
    const accepted = results.filter((r) => r.data?.acceptMatch?.status === 'ACCEPTED');
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(48);
    expect(refused.every((r) => r.errors?.[0]?.extensions?.reason === 'INVALID_TRANSITION')).toBe(
      true,
    );
    expect(lower.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CAPACITY_BELOW_ACCEPTED',
    });
    const after = (
      await ok(
        graphql<{ myMatches: { status: string }[] }>('{ myMatches { status } }', {}, mentor.token),
      )
    ).myMatches;
    expect(after.map((m) => m.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
  });
});
