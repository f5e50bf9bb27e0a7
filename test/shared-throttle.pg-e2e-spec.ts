import { startOwnServer, stopServer, type RunningServer } from './setup/test-server';
import { menteeInput, SIGN_UP, signUpMentee, uniqueEmail } from './helpers/factories';
import { graphql } from './helpers/graphql';

const LOGIN = `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

const login = (url: string, email: string, password: string) =>
  graphql(LOGIN, { e: email, p: password }, undefined, url);

// Two instances on one PostgreSQL database share the login throttle: five wrong passwords in
// all, sent alternately to each, and the sixth attempt is refused on either (before: five
// per process, so ten got through).
describe('the login throttle across instances', () => {
  let second: RunningServer;
  beforeAll(async () => {
    second = await startOwnServer();
  });
  afterAll(async () => {
    await stopServer(second.child);
  });

  it('counts failures from every instance against one limit', async () => {
    const first = process.env.PUENTE_TEST_URL as string;
    const account = await signUpMentee();
    const urls = [first, second.url];
    for (let i = 0; i < 5; i++) {
      const r = await login(urls[i % 2], account.email, 'not-the-password');
      expect(r.errors?.[0]?.extensions?.reason).toBe('BAD_CREDENTIALS');
    }
    for (const url of urls) {
      const r = await login(url, account.email, 'not-the-password');
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'LOGIN_RATE_LIMITED',
      });
    }
  });

  it('counts sign-up attempts for one address from every instance against one limit', async () => {
    // SIGNUP_MAX_ATTEMPTS_PER_EMAIL is 10 (the default): the first attempt makes the
    // account, the next nine are told the address is taken, and the eleventh and twelfth are
    // refused on either instance before anything is hashed (per process, 20 would pass).
    const urls = [process.env.PUENTE_TEST_URL as string, second.url];
    const input = menteeInput({ email: uniqueEmail('signup-flood') });
    const reasons: unknown[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await graphql(SIGN_UP, { input }, undefined, urls[i % 2]);
      reasons.push(r.errors?.[0]?.extensions?.reason ?? 'CREATED');
    }
    expect(reasons).toEqual([
      'CREATED',
      ...Array<string>(9).fill('EMAIL_TAKEN'),
      'SIGNUP_RATE_LIMITED',
      'SIGNUP_RATE_LIMITED',
    ]);
  });
});
