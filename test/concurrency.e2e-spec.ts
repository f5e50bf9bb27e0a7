import { graphql, ok } from './helpers/graphql';
import { loginLead } from './helpers/factories';
import { createOpenCohort, menteeIn, mentorIn, run } from './helpers/cohorts';

// With DATABASE_URL this runs against the PostgreSQL server, where the 50 calls really race
// on separate connections; on PGlite they queue on its single session and must agree too.
describe('capacity under concurrent answers', () => {
  it('lets exactly 2 of 50 concurrent acceptMatch calls succeed for a mentor of capacity 2', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    // A mentor's capacity is at most 10, so 10 proposals, each answered 5 times at once.
    const mentor = await mentorIn(cohort.id, {}, 10);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => menteeIn(cohort.id, { displayName: `Mentee ${i}` })),
    );
    expect((await run(lead, cohort.id)).runMatching.matchedCount).toBe(10);
    const mine = (
      await ok(
        graphql<{ myMatches: { id: string; status: string }[] }>(
          `
            query {
              myMatches {
                id
                status
              }
            }
          `,
          {},
          mentor.token,
        ),
      )
    ).myMatches;
    expect(mine).toHaveLength(10);
    // Then the mentor says two is all they can take.
    await ok(
      graphql(
        `mutation { setMyCapacity(cohortId: "${cohort.id}", capacity: 2) { capacity } }`,
        {},
        mentor.token,
      ),
    );

    const results = await Promise.all(
      [...mine, ...mine, ...mine, ...mine, ...mine].map((m) =>
        graphql<{ acceptMatch: { status: string } }>(
          `
            mutation A($id: ID!) {
              acceptMatch(matchId: $id) {
                status
              }
            }
          `,
          { id: m.id },
          mentor.token,
        ),
      ),
    );
    expect(results).toHaveLength(50);
    const accepted = results.filter((r) => r.data?.acceptMatch?.status === 'ACCEPTED');
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(48);
    expect(
      refused.every((r) =>
        ['MENTOR_AT_CAPACITY', 'INVALID_TRANSITION'].includes(
          r.errors?.[0]?.extensions?.reason as string,
        ),
      ),
    ).toBe(true);
    const after = (
      await ok(
        graphql<{ myMatches: { status: string }[] }>(
          `
            query {
              myMatches {
                status
              }
            }
          `,
          {},
          mentor.token,
        ),
      )
    ).myMatches;
    expect(after.filter((m) => m.status === 'ACCEPTED')).toHaveLength(2);
  });
});
