import { randomUUID } from 'node:crypto';
import { graphql, ok } from './graphql';
import { loginLead, signUpMentee, signUpMentor, type Account, type SignUpInput } from './factories';

export const COHORT_FIELDS =
  'id name startsOn endsOn status minOverlapMinutes targetOverlapMinutes expiryDays allowRepeatPairs weights { language availability interests goals equity }';

export async function createOpenCohort(
  lead: Account,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  const created = await ok(
    graphql<{ createCohort: { id: string; name: string } }>(
      `
        mutation C($input: CreateCohortInput!) {
          createCohort(input: $input) {
            id
            name
            status
          }
        }
      `,
      {
        input: {
          name: `Cohort ${randomUUID().slice(0, 6)}`,
          startsOn: '2027-03-01',
          endsOn: '2027-05-30',
          // Factory accounts never open their verification mail: the specs about
          // verification turn this back on.
          requireVerifiedEmail: false,
          ...overrides,
        },
      },
      lead.token,
    ),
  );
  await ok(
    graphql(
      `
        mutation O($id: ID!) {
          openCohort(cohortId: $id) {
            id
            status
          }
        }
      `,
      { id: created.createCohort.id },
      lead.token,
    ),
  );
  return created.createCohort;
}

export async function join(
  account: Account,
  cohortId: string,
  role: 'MENTEE' | 'MENTOR',
  capacity?: number,
) {
  return ok(
    graphql<{ joinCohort: { id: string } }>(
      `
        mutation J($c: ID!, $r: Role!, $cap: Int) {
          joinCohort(cohortId: $c, role: $r, capacity: $cap) {
            id
          }
        }
      `,
      { c: cohortId, r: role, cap: capacity ?? null },
      account.token,
    ),
  );
}

// Bogotá evenings overlap Madrid's late evenings only partly; these windows are shared by all.
export const EVENINGS_BOGOTA = [
  { day: 'MON', start: '12:00', end: '15:00' },
  { day: 'WED', start: '12:00', end: '15:00' },
];

export async function mentorIn(
  cohortId: string,
  overrides: SignUpInput = {},
  capacity?: number,
): Promise<Account> {
  const a = await signUpMentor({
    timezone: 'America/Bogota',
    availability: EVENINGS_BOGOTA,
    languages: ['EN', 'ES'],
    preferredLanguage: 'ES',
    ...overrides,
  });
  await join(a, cohortId, 'MENTOR', capacity);
  return a;
}

export async function menteeIn(cohortId: string, overrides: SignUpInput = {}): Promise<Account> {
  return signUpMentee({
    timezone: 'America/Lima',
    availability: EVENINGS_BOGOTA,
    cohortId,
    ...overrides,
  });
}

export const RUN = `mutation R($c: ID!, $dry: Boolean, $w: WeightsInput) {
  runMatching(cohortId: $c, dryRun: $dry, weights: $w) {
    id dryRun matchedCount totalScore averageScore menteeCount mentorCount inputHash
    proposals { id status score mentor { id } mentee { id } breakdown { language availability interests goals equity overlapMinutesPerWeek sharedInterests overlap { mentor mentee } } }
    unmatched { mentee { id } reasons compatibleMentors }
  }
}`;

export type RunResult = {
  runMatching: {
    id: string | null;
    dryRun: boolean;
    matchedCount: number;
    totalScore: number;
    averageScore: number | null;
    menteeCount: number;
    mentorCount: number;
    inputHash: string;
    proposals: {
      id: string;
      status: string;
      score: number;
      mentor: { id: string };
      mentee: { id: string };
      breakdown: Record<string, unknown>;
    }[];
    unmatched: { mentee: { id: string }; reasons: string[]; compatibleMentors: number }[];
  };
};

export async function run(
  lead: Account,
  cohortId: string,
  dryRun = false,
  weights?: Record<string, number>,
) {
  return ok(graphql<RunResult>(RUN, { c: cohortId, dry: dryRun, w: weights ?? null }, lead.token));
}

export { loginLead };
