// The program's people and cohorts made through the API for browser tests: a GraphQL call
// that fails the test on any error, the lead's login, sign-ups with sensible defaults, an
// open cohort, and the widths and languages every page is checked at.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DESKTOP, PHONE } from './browser.mjs';
import { ROOT, graphql, signUpViaApi } from './servers.mjs';

const { DateTime } = createRequire(join(ROOT, 'client/package.json'))('luxon');

export const SIZES = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
];
export const LANGUAGES = [
  ['en', 'en-US'],
  ['es', 'es-MX'],
];

export const PASSWORD = 'a-long-enough-password';

// `apiUrl` is a function: the API server starts in `before`, after the file has loaded.
export function programApi(apiUrl, lead) {
  let counter = 0;

  async function call(query, variables, token) {
    const body = await graphql(apiUrl(), query, variables, token);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  }

  async function leadToken() {
    const { login } = await call(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: lead.email, p: lead.password },
    );
    return login.token;
  }

  // An address from a name, in plain letters (sign-up refuses look-alike characters).
  const uniqueEmail = (name) =>
    `${name
      .normalize('NFD')
      .replace(/[^a-z]/gi, '')
      .toLowerCase()}.${Date.now()}.${++counter}@puente.test`;

  // A mentee or mentor in Bogotá, free on Tuesday evenings, who prefers Spanish.
  async function person(role, name, overrides = {}) {
    const email = overrides.email ?? uniqueEmail(name);
    const account = await signUpViaApi(apiUrl(), {
      email,
      password: PASSWORD,
      displayName: name,
      role,
      languages: ['EN', 'ES'],
      preferredLanguage: 'ES',
      timezone: 'America/Bogota',
      availability: [{ day: 'TUE', start: '17:00', end: '20:00' }],
      interests: ['r'],
      ...(role === 'MENTEE' ? { goals: ['first-contribution'] } : { capacity: 1 }),
      ...overrides,
    });
    return { ...account, id: account.me.id, email };
  }

  // A cohort open to sign-ups from today, for `days` days; accounts made here never open
  // their verification mail, so it matches unverified people.
  async function openCohort(name, days = 60) {
    const token = await leadToken();
    const start = DateTime.now().setZone('America/Bogota').startOf('day');
    const { createCohort } = await call(
      'mutation($input: CreateCohortInput!) { createCohort(input: $input) { id name startsOn endsOn } }',
      {
        input: {
          name,
          startsOn: start.toISODate(),
          endsOn: start.plus({ days }).toISODate(),
          requireVerifiedEmail: false,
        },
      },
      token,
    );
    await call(
      'mutation($id: ID!) { openCohort(cohortId: $id) { id } }',
      { id: createCohort.id },
      token,
    );
    return { ...createCohort, lead: token };
  }

  // Runs the cohort's matching for real; the mentor accepts their first proposal.
  async function matchAndAccept(cohort, mentor) {
    await call(
      'mutation($id: ID!) { runMatching(cohortId: $id, dryRun: false) { matchedCount } }',
      { id: cohort.id },
      cohort.lead,
    );
    const { myMatches } = await call('{ myMatches { id } }', {}, mentor.token);
    await call(
      'mutation($id: ID!) { acceptMatch(matchId: $id) { id } }',
      { id: myMatches[0].id },
      mentor.token,
    );
    return myMatches[0].id;
  }

  // Sends the outbox once (test servers run no timers).
  const dispatchMail = () => fetch(`${apiUrl()}/test/jobs/mailDispatch`, { method: 'POST' });

  return { call, leadToken, uniqueEmail, person, openCohort, matchAndAccept, dispatchMail };
}
