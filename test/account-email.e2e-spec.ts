import { randomUUID } from 'node:crypto';
import { createOpenCohort, join, loginLead, run } from './helpers/cohorts';
import { menteeInput, mentorInput, signUp, uniqueEmail, type Account } from './helpers/factories';
import { firstError, graphql, graphqlAt, ok } from './helpers/graphql';
import { runJob } from './helpers/jobs';
import { closeSmtp, startSmtp, type Received } from './helpers/smtp';
import { freePort, startOwnServer, stopServer, type RunningServer } from './setup/test-server';

const PUBLIC_URL = 'https://mentoring.example.org';
const MAX_PER_EMAIL = 3;

const ME = 'query { me { id email emailVerified } }';
const VERIFY = 'mutation V($token: String!) { verifyEmail(token: $token) }';
const RESEND = 'mutation { resendVerificationEmail }';
const REQUEST_RESET = 'mutation R($email: String!) { requestPasswordReset(email: $email) }';
const RESET =
  'mutation P($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }';
const LOGIN =
  'mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

// The link of a mail (the same in both parts), and its token.
function linkIn(mail: Received['mail'], page: string): { url: string; token: string } {
  const text = typeof mail.text === 'string' ? mail.text : '';
  const found = new RegExp(`${PUBLIC_URL}${page}\\?token=[^\\s"<]+`).exec(text);
  if (!found) {
    throw new Error(`no ${page} link in:\n${text}`);
  }
  const url = found[0];
  expect(mail.html).toContain(`href="${url}"`);
  return { url, token: new URL(url).searchParams.get('token') ?? '' };
}

// Verification, password recovery and the matching's rule about unverified people,
// through the API and a real SMTP server started here.
describe('account email: verification and password reset', () => {
  let server: RunningServer;
  let smtpPort: number;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const received: Received[] = [];
  const previousUrl = process.env.PUENTE_TEST_URL;

  beforeAll(async () => {
    smtpPort = await freePort();
    smtp = await startSmtp(smtpPort, received);
    server = await startOwnServer(
      {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        PUBLIC_URL,
        ACCOUNT_MAIL_MAX_PER_EMAIL: String(MAX_PER_EMAIL),
        RATE_LIMIT_NAMESPACE: `account-email-${randomUUID().slice(0, 8)}`,
      },
      { leads: true },
    );
    process.env.PUENTE_TEST_URL = server.url;
  }, 120_000);

  afterAll(async () => {
    process.env.PUENTE_TEST_URL = previousUrl;
    if (server) {
      await stopServer(server.child);
    }
    if (smtp) {
      await closeSmtp(smtp);
    }
  });

  // The mail the dispatcher sends now to this account (only its own rows are claimed: on
  // the PostgreSQL pass the suite's other servers share the outbox).
  async function mailTo(account: { id: string; email: string }, at = new Date()) {
    const before = received.length;
    await runJob('mailDispatch', at, { recipientId: account.id });
    return received.slice(before).filter((r) => r.rcpt.includes(account.email));
  }

  it('mails a verification link at sign-up, in the person language, and the link verifies', async () => {
    const mentee = await signUp(
      menteeInput({ preferredLanguage: 'ES', timezone: 'America/Lima', displayName: 'Rosa' }),
    );
    await expect(ok(graphql(ME, {}, mentee.token))).resolves.toMatchObject({
      me: { emailVerified: false },
    });
    const [mail, ...more] = await mailTo(mentee);
    expect(more).toHaveLength(0);
    expect(mail.mail.subject).toBe('Confirma tu dirección de correo en Puente');
    expect(mail.mail.headers.get('content-language')).toBe('es-419');
    expect(mail.mail.text).toContain('Hola, Rosa:');
    expect(mail.mail.text).toContain('(America/Lima)');
    const { token } = linkIn(mail.mail, '/verify-email');

    await expect(ok(graphql(VERIFY, { token }))).resolves.toEqual({ verifyEmail: true });
    await expect(ok(graphql(ME, {}, mentee.token))).resolves.toMatchObject({
      me: { emailVerified: true },
    });
    // Opening it again says the same: the address is confirmed.
    await expect(ok(graphql(VERIFY, { token }))).resolves.toEqual({ verifyEmail: true });
    // Nothing more is sent: the link is spent.
    await expect(mailTo(mentee)).resolves.toHaveLength(0);
  });

  it('refuses an altered, foreign or expired link, and verifies nothing', async () => {
    const mentor = await signUp(mentorInput({ preferredLanguage: 'EN' }));
    const [mail] = await mailTo(mentor);
    expect(mail.mail.subject).toBe('Confirm your email address for Puente');
    const { token } = linkIn(mail.mail, '/verify-email');

    const altered = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    for (const bad of [altered, 'nonsense', `${randomUUID()}.${token.split('.')[1]}`]) {
      const r = await graphql(VERIFY, { token: bad });
      expect(firstError(r).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOKEN_INVALID',
        field: 'token',
      });
      expect(JSON.stringify(r)).not.toMatch(/SELECT|at .*\.js/);
    }
    // 48 hours later the link has expired.
    const later = new Date(Date.now() + 48 * 60 * 60_000 + 60_000).toISOString();
    expect(firstError(await graphqlAt(later, VERIFY, { token })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOKEN_EXPIRED',
    });
    await expect(ok(graphql(ME, {}, mentor.token))).resolves.toMatchObject({
      me: { emailVerified: false },
    });
    // A reset link is no verification link, nor the other way round.
    expect(
      firstError(await graphql(RESET, { token, newPassword: 'x'.repeat(12) })).extensions,
    ).toMatchObject({ reason: 'TOKEN_INVALID' });
  });

  it('sends the link again on request, throttled, and only while unverified', async () => {
    const mentee = await signUp(menteeInput({ preferredLanguage: 'EN' }));
    await expect(ok(graphql(RESEND, {}, mentee.token))).resolves.toEqual({
      resendVerificationEmail: true,
    });
    const mails = await mailTo(mentee);
    // The sign-up's and the resent one; both work until one is used.
    expect(mails).toHaveLength(2);
    for (let i = 1; i < MAX_PER_EMAIL; i++) {
      await ok(graphql(RESEND, {}, mentee.token));
    }
    const refused = firstError(await graphql(RESEND, {}, mentee.token));
    expect(refused.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'EMAIL_RATE_LIMITED',
    });
    expect(refused.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Without a login there is nobody to resend to.
    expect(firstError(await graphql(RESEND)).extensions?.code).toBe('UNAUTHENTICATED');

    const { token } = linkIn(mails[1].mail, '/verify-email');
    await ok(graphql(VERIFY, { token }));
    // The older link now only says the address is confirmed.
    await expect(
      ok(graphql(VERIFY, { token: linkIn(mails[0].mail, '/verify-email').token })),
    ).resolves.toEqual({ verifyEmail: true });
  });

  it('resets a password once, ends every earlier login, and never tells whether an address exists', async () => {
    const password = 'the-first-password';
    const mentor = await signUp(
      mentorInput({
        password,
        languages: ['ES', 'EN'],
        preferredLanguage: 'ES',
        timezone: 'Europe/Madrid',
      }),
    );
    await mailTo(mentor); // the verification mail
    const otherLogin = await ok(
      graphql<{ login: { token: string } }>(LOGIN, { email: mentor.email, password }),
    );

    const unknown = await graphql(REQUEST_RESET, { email: uniqueEmail('nobody') });
    const known = await graphql(REQUEST_RESET, { email: mentor.email.toUpperCase() });
    // (Test servers add a statement count to every answer: only the answer itself is compared.)
    for (const r of [unknown, known]) {
      expect({ status: r.status, data: r.data, errors: r.errors }).toEqual({
        status: 200,
        data: { requestPasswordReset: true },
        errors: undefined,
      });
    }
    const [mail, ...more] = await mailTo(mentor);
    expect(more).toHaveLength(0);
    expect(mail.mail.subject).toBe('Restablece tu contraseña de Puente');
    expect(mail.mail.text).toContain('(Europe/Madrid)');
    const { token } = linkIn(mail.mail, '/reset-password');

    // A password too short: a clear field error, and the link still works.
    const short = firstError(await graphql(RESET, { token, newPassword: 'short' }));
    expect(short.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(short.extensions)).toContain('newPassword');

    const newPassword = 'a-brand-new-password';
    await expect(ok(graphql(RESET, { token, newPassword }))).resolves.toEqual({
      resetPassword: true,
    });
    // Every login from before is over.
    for (const old of [mentor.token, otherLogin.login.token]) {
      expect(firstError(await graphql(ME, {}, old)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(
      firstError(await graphql(LOGIN, { email: mentor.email, password })).extensions,
    ).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    const fresh = await ok(
      graphql<{ login: { token: string } }>(LOGIN, { email: mentor.email, password: newPassword }),
    );
    // The link reached the mailbox: the address counts as verified too.
    await expect(ok(graphql(ME, {}, fresh.login.token))).resolves.toMatchObject({
      me: { emailVerified: true },
    });
    // Single use.
    expect(
      firstError(await graphql(RESET, { token, newPassword: 'yet-another-password' })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' });
    await ok(graphql(LOGIN, { email: mentor.email, password: newPassword }));
  });

  it('lets a reset link work for 60 minutes only', async () => {
    const mentee = await signUp(menteeInput({ preferredLanguage: 'EN' }));
    await mailTo(mentee);
    await ok(graphql(REQUEST_RESET, { email: mentee.email }));
    const [mail] = await mailTo(mentee);
    expect(mail.mail.subject).toBe('Reset your Puente password');
    const { token } = linkIn(mail.mail, '/reset-password');
    const later = new Date(Date.now() + 61 * 60_000).toISOString();
    expect(
      firstError(await graphqlAt(later, RESET, { token, newPassword: 'too-late-password' }))
        .extensions,
    ).toMatchObject({ reason: 'TOKEN_EXPIRED' });
  });

  it('throttles reset requests per address, whether or not it has an account', async () => {
    for (const email of [uniqueEmail('nobody'), (await signUp(menteeInput())).email]) {
      for (let i = 0; i < MAX_PER_EMAIL; i++) {
        await expect(ok(graphql(REQUEST_RESET, { email }))).resolves.toEqual({
          requestPasswordReset: true,
        });
      }
      expect(firstError(await graphql(REQUEST_RESET, { email })).extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'EMAIL_RATE_LIMITED',
      });
    }
  });

  it('leaves unverified people out of a cohort matching unless the lead turns that off', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead, { requireVerifiedEmail: true });
    const people: Account[] = [];
    const zone = { timezone: 'America/Bogota' };
    const hours = [{ day: 'MON', start: '18:00', end: '20:00' }];
    for (const input of [
      mentorInput({ ...zone, languages: ['ES', 'EN'], availability: hours, capacity: 2 }),
      menteeInput({ ...zone, availability: hours, displayName: 'Verificada' }),
      menteeInput({ ...zone, availability: hours, displayName: 'Sin verificar' }),
    ]) {
      const account = await signUp(input);
      await join(account, cohort.id, input.role as 'MENTEE' | 'MENTOR', input.capacity as number);
      people.push(account);
    }
    const [mentor, verified, unverified] = people;
    for (const p of [mentor, verified]) {
      const [mail] = await mailTo(p);
      await ok(graphql(VERIFY, { token: linkIn(mail.mail, '/verify-email').token }));
    }
    const dry = await ok(
      graphql<{
        runMatching: {
          matchedCount: number;
          menteeCount: number;
          proposals: { mentee: { id: string } }[];
          unmatched: { mentee: { id: string }; reasons: string[] }[];
          unmatchedReasons: { reason: string; count: number }[];
        };
      }>(
        `
          mutation D($id: ID!) {
            runMatching(cohortId: $id, dryRun: true) {
              matchedCount
              menteeCount
              proposals {
                mentee {
                  id
                }
              }
              unmatched {
                mentee {
                  id
                }
                reasons
              }
              unmatchedReasons {
                reason
                count
              }
            }
          }
        `,
        { id: cohort.id },
        lead.token,
      ),
    );
    expect(dry.runMatching.menteeCount).toBe(2);
    expect(dry.runMatching.proposals.map((p) => p.mentee.id)).toEqual([verified.id]);
    expect(dry.runMatching.unmatched).toEqual([
      { mentee: { id: unverified.id }, reasons: ['UNVERIFIED_EMAIL'] },
    ]);
    expect(dry.runMatching.unmatchedReasons).toEqual([{ reason: 'UNVERIFIED_EMAIL', count: 1 }]);

    // The mentor's own answer is not needed: verification of the mentor counts the same way.
    await ok(
      graphql(
        'mutation U($id: ID!, $input: UpdateCohortInput!) { updateCohort(cohortId: $id, input: $input) { requireVerifiedEmail } }',
        { id: cohort.id, input: { requireVerifiedEmail: false } },
        lead.token,
      ),
    );
    const real = await run(lead, cohort.id);
    expect(real.runMatching.proposals).toHaveLength(2);
  });

  it('shows whether an address is verified to the person and leads only', async () => {
    const lead = await loginLead();
    const mentee = await signUp(menteeInput());
    const stranger = await signUp(mentorInput());
    const q = 'query P($id: ID!) { participant(id: $id) { id emailVerified } }';
    await expect(ok(graphql(q, { id: mentee.id }, lead.token))).resolves.toEqual({
      participant: { id: mentee.id, emailVerified: false },
    });
    const denied = await graphql(q, { id: mentee.id }, stranger.token);
    expect(denied.data?.participant ?? null).toBeNull();
    expect(firstError(denied).extensions?.code).toBe('FORBIDDEN');
  });
});
