// The four operations the API benchmark measures, with the selection sets the web client
// sends (client/src/**/*.graphql.ts), so that the figures are those of real pages.

const PROFILE_FIELDS = `id displayName role email languages preferredLanguage timezone
  availability { day start end } interests goals expertise about capacity underrepresented createdAt`;

const PERSON_FIELDS = `id displayName role languages preferredLanguage timezone
  availability { day start end } interests goals expertise about capacity`;

const MATCH_FIELDS = `id status score proposedAt expiresAt respondedAt closedAt declineReason declineNote
  endReason cohort { id name status startsOn endsOn }
  breakdown { language availability interests goals equity overlapMinutesPerWeek sharedInterests
    overlap { mentor mentee } }`;

export const ME = `query Me { me { ${PROFILE_FIELDS} } }`;

export const MY_MATCHES = `query MyMatches { myMatches { ${MATCH_FIELDS}
  mentor { ${PERSON_FIELDS} } mentee { ${PERSON_FIELDS} } } }`;

// The lead's matches table (client/src/pages/cohorts/matching.graphql.ts), first page of 50.
export const COHORT_MATCHES = `query CohortMatches($cohortId: ID!, $status: MatchStatus, $person: String, $first: Int, $after: String) {
  cohortMatches(cohortId: $cohortId, status: $status, person: $person, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status score proposedAt respondedAt closedAt declineReason
      mentor { id displayName } mentee { id displayName }
      history { id from to reason note at actor { displayName } } } } } }`;

const CELLS = 'label display count';

// The report page (client/src/pages/report/report.graphql.ts).
export const COHORT_REPORT = `query CohortReport($cohortId: ID!) { cohortReport(cohortId: $cohortId) {
  cohortId cohort { id name status } menteeCount mentorCount matchedMenteeCount completedSessionCount
  averageScore averageRating csvUrl matchesByStatus { status count }
  equity { group mentees matched matchRate medianHoursToMatch averageRating }
  participation { menteesByLanguage { ${CELLS} } mentorsByLanguage { ${CELLS} }
    menteesByOffset { ${CELLS} } mentorsByOffset { ${CELLS} } capacityOffered capacityUsed capacityPending }
  funnel { proposed accepted declined expired completed ended medianHoursToAnswer declinedByReason { ${CELLS} } }
  quality { averageScore averageLanguage averageAvailability averageInterests averageGoals averageEquity
    overlapDistribution { ${CELLS} } unmatched { reason language offsetBand count summary } }
  activity { sessionsPerPair mentoringHours completionRate noShowRate scheduledSessionCount
    cancelledSessionCount pairsNeedingCheckIn averageRating } } }`;

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token me { id role } } }`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token me { id } } }`;

export type OperationName = 'me' | 'myMatches' | 'cohortMatches' | 'cohortReport';
export const OPERATIONS: readonly OperationName[] = [
  'me',
  'myMatches',
  'cohortMatches',
  'cohortReport',
];

export type Tokens = { mentee: string; lead: string; cohortId: string };

// The request each operation sends: who asks, and the JSON body.
export function requestFor(op: OperationName, t: Tokens): { token: string; body: string } {
  switch (op) {
    case 'me':
      return { token: t.mentee, body: JSON.stringify({ query: ME }) };
    case 'myMatches':
      return { token: t.mentee, body: JSON.stringify({ query: MY_MATCHES }) };
    case 'cohortMatches':
      return {
        token: t.lead,
        body: JSON.stringify({
          query: COHORT_MATCHES,
          variables: { cohortId: t.cohortId, first: 50 },
        }),
      };
    case 'cohortReport':
      return {
        token: t.lead,
        body: JSON.stringify({ query: COHORT_REPORT, variables: { cohortId: t.cohortId } }),
      };
  }
}

// The sign-up a mentee sends (test/helpers/factories.ts menteeInput), with a unique email.
export function menteeSignUp(email: string): string {
  return JSON.stringify({
    query: SIGN_UP,
    variables: {
      input: {
        email,
        password: 'a-long-password',
        displayName: 'María José Núñez',
        role: 'MENTEE',
        languages: ['ES', 'EN'],
        preferredLanguage: 'ES',
        timezone: 'America/Bogota',
        availability: [
          { day: 'MON', start: '18:00', end: '20:00' },
          { day: 'WED', start: '07:30', end: '09:00' },
        ],
        interests: ['python', 'open-data'],
        goals: ['first-contribution', 'documentation'],
        about: 'Bióloga aprendiendo a contribuir a paquetes científicos.',
        underrepresented: true,
      },
    },
  });
}

export type GqlAnswer<T> = {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  bytes: number;
};

export async function post<T>(url: string, body: string, token?: string): Promise<GqlAnswer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  const text = await res.text();
  const parsed = JSON.parse(text) as Omit<GqlAnswer<T>, 'status' | 'bytes'>;
  return { status: res.status, ...parsed, bytes: text.length };
}

// One request of an operation, failing loudly on any GraphQL error (a benchmark of errors
// measures nothing).
export async function check(url: string, op: OperationName, t: Tokens): Promise<number> {
  const { token, body } = requestFor(op, t);
  const answer = await post<Record<string, unknown>>(url, body, token);
  if (answer.status !== 200 || answer.errors || !answer.data) {
    throw new Error(`${op} failed (${answer.status}): ${JSON.stringify(answer.errors ?? answer)}`);
  }
  return answer.bytes;
}
