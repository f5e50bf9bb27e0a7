import { graphql, ok } from './graphql';
import { loginLead, signUpMentee, signUpMentor, type Account } from './factories';
import { createOpenCohort, join, run } from './cohorts';

export type Pair = {
  lead: Account;
  mentor: Account;
  mentee: Account;
  matchId: string;
  cohortId: string;
};

// A Bogotá mentor and a Madrid mentee, matched and accepted, in a cohort of March–May 2027.
// Mondays 12:00–15:00 in Bogotá are 18:00–21:00 in Madrid (before Europe's clock change).
export async function acceptedPair(): Promise<Pair> {
  const lead = await loginLead();
  const cohort = await createOpenCohort(lead);
  const mentor = await signUpMentor({
    displayName: 'Camila Rojas',
    timezone: 'America/Bogota',
    languages: ['ES', 'EN'],
    preferredLanguage: 'ES',
    availability: [
      { day: 'MON', start: '12:00', end: '15:00' },
      { day: 'WED', start: '12:00', end: '15:00' },
    ],
  });
  await join(mentor, cohort.id, 'MENTOR', 1);
  const mentee = await signUpMentee({
    displayName: 'Íñigo Pérez',
    timezone: 'Europe/Madrid',
    languages: ['ES'],
    preferredLanguage: 'ES',
    availability: [
      { day: 'MON', start: '18:00', end: '21:00' },
      { day: 'WED', start: '18:00', end: '21:00' },
    ],
    cohortId: cohort.id,
  });
  const [proposal] = (await run(lead, cohort.id)).runMatching.proposals;
  await ok(graphql(`mutation { acceptMatch(matchId: "${proposal.id}") { id } }`, {}, mentor.token));
  return { lead, mentor, mentee, matchId: proposal.id, cohortId: cohort.id };
}
