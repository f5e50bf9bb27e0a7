import { graphql, ok } from './helpers/graphql';
import { createOpenCohort, loginLead, menteeIn, mentorIn, run } from './helpers/cohorts';
import { acceptedPair } from './helpers/pairs';

const NOTICES = `query { myNotifications(first: 100) {
  edges { node { id kind payload cohortName people readAt } } } }`;

type Node = {
  id: string;
  kind: string;
  payload: { matchId?: string; cohortId?: string };
  cohortName: string | null;
  people: string[];
  readAt: string | null;
};

async function notices(token: string, matchId: string): Promise<Node[]> {
  const { myNotifications } = await ok(
    graphql<{ myNotifications: { edges: { node: Node }[] } }>(NOTICES, {}, token),
  );
  return myNotifications.edges.map((e) => e.node).filter((n) => n.payload.matchId === matchId);
}

// Notices say which cohort and whom they are about, as far as the reader may know; a
// proposal's notice is read once the mentor answers it.
describe('notices in the app', () => {
  it('name the cohort and the other person; the proposal notice is read once answered', async () => {
    const pair = await acceptedPair();
    const mentor = await notices(pair.mentor.token, pair.matchId);
    const proposed = mentor.find((n) => n.kind === 'MATCH_PROPOSED');
    expect(proposed).toMatchObject({ people: ['Íñigo Pérez'] });
    expect(proposed?.cohortName).toEqual(expect.any(String));
    // The mentor accepted: the notice asking for an answer no longer reads as new.
    expect(proposed?.readAt).not.toBeNull();

    const mentee = await notices(pair.mentee.token, pair.matchId);
    expect(mentee.find((n) => n.kind === 'MATCH_ACCEPTED')).toMatchObject({
      people: ['Camila Rojas'],
      cohortName: proposed?.cohortName,
      readAt: null,
    });
  });

  it("tell a mentee nobody's name when a proposal did not work out; leads see both names", async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, { displayName: 'Teo Declina' }, 1);
    const mentee = await menteeIn(cohort.id, { displayName: 'Uma Espera' });
    const [proposal] = (await run(lead, cohort.id)).runMatching.proposals;
    await ok(
      graphql(
        `
          mutation D($id: ID!) {
            declineMatch(matchId: $id, reason: "NO_TIME") {
              id
              status
            }
          }
        `,
        { id: proposal.id },
        mentor.token,
      ),
    );
    const mine = await notices(mentor.token, proposal.id);
    expect(mine.find((n) => n.kind === 'MATCH_PROPOSED')?.readAt).not.toBeNull();
    const { myNotifications } = await ok(
      graphql<{ myNotifications: { edges: { node: Node }[] } }>(NOTICES, {}, mentee.token),
    );
    const hers = myNotifications.edges.map((e) => e.node);
    // No match id either: she never saw the proposal.
    const still = hers.find(
      (n) => n.kind === 'MATCH_STILL_LOOKING' && n.payload.cohortId === cohort.id,
    );
    expect(still).toMatchObject({ people: [], cohortName: cohort.name });
    expect(JSON.stringify(hers)).not.toContain('Teo Declina');
    const leads = await notices(lead.token, proposal.id);
    expect(leads.find((n) => n.kind === 'MATCH_DECLINED')).toMatchObject({
      people: ['Teo Declina', 'Uma Espera'],
      cohortName: cohort.name,
    });
  });
});
