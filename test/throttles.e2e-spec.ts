import { randomUUID } from 'node:crypto';
import { startOwnServer, stopServer, type RunningServer } from './setup/test-server';
import { LOGIN, menteeInput, SIGN_UP, uniqueEmail } from './helpers/factories';
import { graphql } from './helpers/graphql';

// Sign-ups are counted per client address: past the limit an attempt is refused before it
// hashes a password or writes anything, and says how long to wait.
describe('the sign-up and login throttles', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // Its own counts: on a PostgreSQL server the suite's other servers share the table.
    server = await startOwnServer({
      SIGNUP_MAX_ATTEMPTS_PER_IP: '3',
      RATE_LIMIT_NAMESPACE: `throttles-${randomUUID().slice(0, 8)}`,
    });
  });
  afterAll(async () => {
    await stopServer(server.child);
  });

  it('refuses the attempt past the limit from one address, and writes nothing', async () => {
    const emails = [1, 2, 3, 4].map(() => uniqueEmail('workshop'));
    const answers = [];
    for (const email of emails) {
      answers.push(
        await graphql(SIGN_UP, { input: menteeInput({ email }) }, undefined, server.url),
      );
    }
    expect(answers.slice(0, 3).map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    const refused = answers[3];
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'SIGNUP_RATE_LIMITED',
    });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.message).toMatch(/Too many sign-up attempts/);

    // The refused account does not exist: its password does not log in.
    const login = await graphql(
      LOGIN,
      { email: emails[3], password: menteeInput().password },
      undefined,
      server.url,
    );
    expect(login.errors?.[0]?.extensions?.reason).toBe('BAD_CREDENTIALS');
  });

  it('counts simultaneous wrong passwords before checking them: five of ten get through', async () => {
    const email = uniqueEmail('burst');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        graphql(LOGIN, { email, password: 'not-the-password' }, undefined, server.url),
      ),
    );
    const reasons = answers.map((a) => a.errors?.[0]?.extensions?.reason as string).sort();
    expect(reasons).toEqual([
      ...Array<string>(5).fill('BAD_CREDENTIALS'),
      ...Array<string>(5).fill('LOGIN_RATE_LIMITED'),
    ]);
  });
});
