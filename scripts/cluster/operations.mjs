// The GraphQL operations the cluster test sends, copied from the e2e helpers
// (test/helpers/factories.ts, cohorts.ts, pairs.ts, test/sessions.e2e-spec.ts,
// test/reports.e2e-spec.ts): this script is plain .mjs and cannot import their TypeScript.
import { randomUUID } from 'node:crypto';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { token me { id email role } }
}`;

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token me { id role } }
}`;

export const ME = `query { me { id email role displayName about } }`;

export const MY_MATCHES = `query { myMatches { id status sessions { id } } }`;

export const CREATE_COHORT = `mutation C($input: CreateCohortInput!) {
  createCohort(input: $input) { id name status }
}`;

export const OPEN_COHORT = `mutation O($id: ID!) { openCohort(cohortId: $id) { id status } }`;

export const JOIN = `mutation J($c: ID!, $r: Role!, $cap: Int) {
  joinCohort(cohortId: $c, role: $r, capacity: $cap) { id }
}`;

export const RUN = `mutation R($c: ID!, $dry: Boolean) {
  runMatching(cohortId: $c, dryRun: $dry) {
    id dryRun matchedCount menteeCount mentorCount
    proposals { id status mentor { id } mentee { id } }
  }
}`;

export const ACCEPT = `mutation A($m: ID!) { acceptMatch(matchId: $m) { id status } }`;

export const SCHEDULE = `mutation S($m: ID!, $at: DateTime!, $d: Int!, $a: String) {
  scheduleSession(matchId: $m, startsAt: $at, durationMinutes: $d, agenda: $a) {
    id status startsAt agenda
  }
}`;

export const UPDATE_PROFILE = `mutation U($input: UpdateProfileInput!) {
  updateProfile(input: $input) { id about }
}`;

export const REPORT = `query R($c: ID!) { cohortReport(cohortId: $c) {
  cohort { id name } menteeCount mentorCount matchedMenteeCount completedSessionCount averageScore
  matchesByStatus { status count }
  funnel { proposed accepted declined expired completed ended }
  activity { sessionsPerPair mentoringHours pairsNeedingCheckIn }
} }`;

// Everyone shares these evening windows (Bogotá and Lima are both UTC-5), so every mentor
// is compatible with every mentee and a run pairs them all.
const EVENINGS = [
  { day: 'MON', start: '12:00', end: '15:00' },
  { day: 'WED', start: '12:00', end: '15:00' },
];

export const uniqueEmail = (prefix) => `${prefix}.${randomUUID().slice(0, 12)}@cluster.example.org`;

export function menteeInput(overrides = {}) {
  return {
    email: uniqueEmail('mentee'),
    password: 'a-long-password',
    displayName: 'María José Núñez',
    role: 'MENTEE',
    languages: ['ES', 'EN'],
    preferredLanguage: 'ES',
    timezone: 'America/Lima',
    availability: EVENINGS,
    interests: ['python', 'open-data'],
    goals: ['first-contribution', 'documentation'],
    about: 'Bióloga aprendiendo a contribuir a paquetes científicos.',
    underrepresented: true,
    ...overrides,
  };
}

export function mentorInput(overrides = {}) {
  return {
    email: uniqueEmail('mentor'),
    password: 'another-long-password',
    displayName: 'Camila Rojas',
    role: 'MENTOR',
    languages: ['ES', 'EN'],
    preferredLanguage: 'ES',
    timezone: 'America/Bogota',
    availability: EVENINGS,
    interests: ['python', 'packaging'],
    expertise: ['packaging', 'testing'],
    capacity: 1,
    ...overrides,
  };
}

export function cohortInput(label) {
  // Two years at most (cohort_dates): room for thousands of half-hour session slots.
  return {
    name: `${label} ${randomUUID().slice(0, 6)}`,
    startsOn: '2027-03-01',
    endsOn: '2028-02-28',
    // The load's accounts never open their verification mail.
    requireVerifiedEmail: false,
  };
}

// The k-th session slot of a pair: 15 minutes every half hour from 2027-03-01 12:00 UTC, so
// no two bookings of one pair overlap and each is inside the cohort.
export function sessionSlot(k) {
  return new Date(Date.UTC(2027, 2, 1, 12, 0) + k * 30 * 60_000).toISOString();
}
