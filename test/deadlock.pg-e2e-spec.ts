import { graphql, ok, type GqlResponse } from './helpers/graphql';
import { loginLead } from './helpers/factories';
import { createOpenCohort, menteeIn, mentorIn, RUN, run } from './helpers/cohorts';

// Ordinary load must not deadlock: a real matching run (cohort lock, then new matches that
// reference people) beside bookings and acceptances of the same mentor (people locked, then
// rows that reference the cohort). Seen before the fix as INTERNAL_SERVER_ERROR "deadlock
// detected ... while locking tuple in relation cohort / participant".
describe('matching runs, bookings and acceptances at the same time', () => {
  it('answer without an internal error, round after round', async () => {
    const lead = await loginLead();
    const internal: string[] = [];
    const note = (r: GqlResponse<unknown>) => {
      for (const e of r.errors ?? []) {
        if (e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === undefined) {
          internal.push(e.message);
        }
      }
    };
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      const cohort = await createOpenCohort(lead);
      const mentors = await Promise.all(
        Array.from({ length: 3 }, () => mentorIn(cohort.id, {}, 6)),
      );
      await Promise.all(Array.from({ length: 3 }, () => menteeIn(cohort.id)));
      // Each mentor has one accepted mentee to book sessions with.
      const first = await run(lead, cohort.id);
      const accepted = await Promise.all(
        first.runMatching.proposals.map(async (p) => {
          const mentor = mentors.find((m) => m.id === p.mentor.id)!;
          await ok(
            graphql(`mutation { acceptMatch(matchId: "${p.id}") { id } }`, {}, mentor.token),
          );
          return { matchId: p.id, mentor };
        }),
      );
      // The lead reopens the cohort for late joiners; new mentees arrive; a second real run proposes them to the same mentors while the
      // pairs book sessions and the mentors accept what they were proposed.
      await ok(
        graphql(
          `mutation { setCohortStatus(cohortId: "${cohort.id}", status: OPEN) { id } }`,
          {},
          lead.token,
        ),
      );
      await Promise.all(Array.from({ length: 6 }, () => menteeIn(cohort.id)));
      const runs = graphql(RUN, { c: cohort.id }, lead.token).then((r) => {
        note(r);
        return r;
      });
      const bookings = accepted.flatMap(({ matchId, mentor }, i) =>
        Array.from({ length: 3 }, (_, k) =>
          graphql(
            `
              mutation S($m: ID!, $at: DateTime!) {
                scheduleSession(matchId: $m, startsAt: $at, durationMinutes: 30) {
                  id
                }
              }
            `,
            { m: matchId, at: new Date(Date.UTC(2027, 3, 5 + k, 14 + i)).toISOString() },
            mentor.token,
          ).then(note),
        ),
      );
      const ran = await runs;
      await Promise.all(bookings);
      const proposals =
        (ran.data as { runMatching?: { proposals: { id: string; mentor: { id: string } }[] } })
          ?.runMatching?.proposals ?? [];
      await Promise.all(
        proposals.map((p) =>
          graphql(
            `mutation { acceptMatch(matchId: "${p.id}") { id } }`,
            {},
            mentors.find((m) => m.id === p.mentor.id)!.token,
          ).then(note),
        ),
      );
    }
    expect(internal).toEqual([]);
  });
});
