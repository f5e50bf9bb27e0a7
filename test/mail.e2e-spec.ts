import { closeSmtp, startSmtp, type Received } from './helpers/smtp';
import { createOpenCohort, loginLead, menteeIn, mentorIn, run } from './helpers/cohorts';
import { firstError, graphql, graphqlAt, ok } from './helpers/graphql';
import { runJob } from './helpers/jobs';
import { freePort, startOwnServer, stopServer, type RunningServer } from './setup/test-server';

const PUBLIC_URL = 'https://mentoring.example.org';
const MAIL_FROM = 'Puente Mentoring <no-reply@mentoring.example.org>';
const METRICS_TOKEN = 'metrics-token-of-the-mail-spec-0123456789';

async function metric(url: string, line: string): Promise<number> {
  const res = await fetch(`${url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await res.text();
  const found = text.split('\n').find((l) => l.startsWith(line + ' '));
  return found ? Number(found.slice(line.length + 1)) : 0;
}

const messageIdForm = /^<[0-9a-f-]{36}@puente\.mentoring\.example\.org>$/;

// Email goes through a real SMTP server started here; the Puente server of this file has
// SMTP_URL pointing at it (the suite's shared server writes no mail).
describe('email delivery through the outbox', () => {
  let server: RunningServer;
  let smtpPort: number;
  const previousUrl = process.env.PUENTE_TEST_URL;

  beforeAll(async () => {
    smtpPort = await freePort();
    server = await startOwnServer(
      { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM, PUBLIC_URL, METRICS_TOKEN },
      { leads: true },
    );
    // The cohort helpers talk to PUENTE_TEST_URL.
    process.env.PUENTE_TEST_URL = server.url;
  }, 120_000);

  afterAll(async () => {
    process.env.PUENTE_TEST_URL = previousUrl;
    if (server) {
      await stopServer(server.child);
    }
  });

  it('sends a proposal to each mentor in her language and zone, once', async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(smtpPort, received);
    try {
      const lead = await loginLead();
      const cohort = await createOpenCohort(lead);
      const esMentor = await mentorIn(
        cohort.id,
        { displayName: 'Lucía Mentora', preferredLanguage: 'ES', timezone: 'America/Bogota' },
        1,
      );
      const enMentor = await mentorIn(
        cohort.id,
        {
          displayName: 'Sam Mentor',
          preferredLanguage: 'EN',
          languages: ['EN', 'ES'],
          timezone: 'America/New_York',
        },
        1,
      );
      await menteeIn(cohort.id, { displayName: 'Ana Aprendiz' });
      await menteeIn(cohort.id, { displayName: 'Beto Aprendiz' });
      const result = await run(lead, cohort.id);
      expect(result.runMatching.proposals).toHaveLength(2);

      await expect(runJob('mailDispatch', new Date(), cohort.id)).resolves.toBe(2);
      expect(received).toHaveLength(2);

      const to = (email: string) => {
        const r = received.find((x) => x.rcpt.includes(email));
        if (!r) {
          throw new Error(`nothing received for ${email}`);
        }
        return r.mail;
      };
      const es = to(esMentor.email);
      const en = to(enMentor.email);
      for (const mail of [es, en]) {
        expect(mail.from?.value).toEqual([
          { name: 'Puente Mentoring', address: 'no-reply@mentoring.example.org' },
        ]);
        expect(mail.messageId).toMatch(messageIdForm);
        expect(typeof mail.text).toBe('string');
        expect(typeof mail.html).toBe('string');
        expect(mail.text).toContain(`${PUBLIC_URL}/matches`);
        expect(mail.html).toMatch(
          new RegExp(`href="${PUBLIC_URL}/answer\\?token=[^"]+&amp;choice=accept"`),
        );
        expect(mail.html).toMatch(/Ana Aprendiz|Beto Aprendiz/);
      }
      expect(es.messageId).not.toBe(en.messageId);
      expect((es.to as { text: string }).text).toBe(esMentor.email);

      expect(es.subject).toMatch(
        /^Nueva propuesta: ser la persona mentora de (Ana|Beto) Aprendiz$/,
      );
      expect(es.headers.get('content-language')).toBe('es-419');
      expect(es.text).toContain('Hola, Lucía Mentora:');
      expect(es.text).toContain('(America/Bogota)');
      expect(es.html).toContain('<html lang="es-419">');
      expect(es.html).toContain('Aceptar la propuesta');

      expect(en.subject).toMatch(/^New proposal: mentor (Ana|Beto) Aprendiz$/);
      expect(en.headers.get('content-language')).toBe('en');
      expect(en.text).toContain('Hello Sam Mentor,');
      expect(en.text).toContain('(America/New_York)');
      expect(en.text).toContain('Shared languages: English, Spanish');
      expect(en.html).toContain('<html lang="en">');

      // Sent rows are done: a later dispatch sends nothing more.
      await expect(
        runJob('mailDispatch', new Date(Date.now() + 60 * 60_000), cohort.id),
      ).resolves.toBe(0);
      expect(received).toHaveLength(2);
    } finally {
      await closeSmtp(smtp);
    }
  });

  it('retries while the SMTP server is down, then delivers once it is back', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, { preferredLanguage: 'EN' }, 1);
    await menteeIn(cohort.id, { displayName: 'Carla Aprendiz' });
    await run(lead, cohort.id);
    const retriedBefore = await metric(
      server.url,
      'puente_mail_deliveries_total{outcome="retried"}',
    );

    // Nothing listens on the SMTP port: the attempt fails and is scheduled again.
    const t0 = new Date();
    await expect(runJob('mailDispatch', t0, cohort.id)).resolves.toBe(0);
    await expect(
      metric(server.url, 'puente_mail_deliveries_total{outcome="retried"}'),
    ).resolves.toBe(retriedBefore + 1);
    // The gauge counts the whole outbox: on a PostgreSQL server the suite's other files
    // share it, so it is read only on this file's own embedded database.
    // (Its sign-ups' verification mail waits in it too.)
    const depth = await metric(server.url, 'puente_outbox_depth');
    if (!process.env.DATABASE_URL) {
      expect(depth).toBeGreaterThanOrEqual(1);
    }

    const received: Received[] = [];
    const smtp = await startSmtp(smtpPort, received);
    try {
      // Back, but the retry is not due before the first backoff (1 minute) has passed.
      await expect(
        runJob('mailDispatch', new Date(t0.getTime() + 30_000), cohort.id),
      ).resolves.toBe(0);
      expect(received).toHaveLength(0);

      await expect(
        runJob('mailDispatch', new Date(t0.getTime() + 2 * 60_000), cohort.id),
      ).resolves.toBe(1);
      expect(received).toHaveLength(1);
      expect(received[0].rcpt).toEqual([mentor.email]);
      expect(received[0].mail.subject).toBe('New proposal: mentor Carla Aprendiz');
      expect(received[0].mail.messageId).toMatch(messageIdForm);
      if (!process.env.DATABASE_URL) {
        await expect(metric(server.url, 'puente_outbox_depth')).resolves.toBe(depth - 1);
      }

      await expect(
        runJob('mailDispatch', new Date(t0.getTime() + 60 * 60_000), cohort.id),
      ).resolves.toBe(0);
      expect(received).toHaveLength(1);
    } finally {
      await closeSmtp(smtp);
    }
  });

  it("tells the mentee of an acceptance (with the mentor's address) and only that the program is still looking after a decline or expiry", async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(smtpPort, received);
    try {
      const lead = await loginLead();
      const cohort = await createOpenCohort(lead, { expiryDays: 7 });
      const mentors = [
        await mentorIn(cohort.id, { displayName: 'Sam Mentor', preferredLanguage: 'EN' }, 1),
        await mentorIn(cohort.id, { displayName: 'Tere Mentora', preferredLanguage: 'EN' }, 1),
        await mentorIn(cohort.id, { displayName: 'Uli Mentor', preferredLanguage: 'EN' }, 1),
      ];
      const mentees = [
        await menteeIn(cohort.id, { displayName: 'Ana Aprendiz', preferredLanguage: 'ES' }),
        await menteeIn(cohort.id, { displayName: 'Beto Aprendiz', preferredLanguage: 'ES' }),
        await menteeIn(cohort.id, {
          displayName: 'Cata Aprendiz',
          languages: ['EN', 'ES'],
          preferredLanguage: 'EN',
        }),
      ];
      const proposals = (await run(lead, cohort.id)).runMatching.proposals;
      expect(proposals).toHaveLength(3);
      const t0 = new Date();
      await expect(runJob('mailDispatch', t0, cohort.id)).resolves.toBe(3);
      received.length = 0;
      const tokenOf = (id: string) => [...mentors, ...mentees].find((p) => p.id === id)!;
      const [accepted, declined, unanswered] = proposals;

      await ok(
        graphql(
          'mutation A($id: ID!) { acceptMatch(matchId: $id) { status } }',
          { id: accepted.id },
          tokenOf(accepted.mentor.id).token,
        ),
      );
      await ok(
        graphql(
          'mutation D($id: ID!) { declineMatch(matchId: $id, reason: "NO_TIME", note: "Sin tiempo este mes") { status } }',
          { id: declined.id },
          tokenOf(declined.mentor.id).token,
        ),
      );
      await expect(runJob('mailDispatch', new Date(), cohort.id)).resolves.toBe(2);
      const to = (id: string) => received.filter((r) => r.rcpt.includes(tokenOf(id).email));

      const [welcome] = to(accepted.mentee.id);
      const mentor = tokenOf(accepted.mentor.id);
      expect(welcome.mail.text).toContain(mentor.email);
      expect(welcome.mail.subject).toMatch(
        /(aceptó ser tu persona mentora|accepted to be your mentor)$/,
      );
      // The declined mentee hears neither the mentor nor the reason.
      const [looking] = to(declined.mentee.id);
      expect(looking.mail.subject).toMatch(
        /^(Seguimos buscando una persona mentora para ti|We are still looking for a mentor for you)$/,
      );
      const mentorName = /Sam Mentor|Tere Mentora|Uli Mentor/;
      expect(looking.mail.text).not.toMatch(mentorName);
      expect(looking.mail.text).not.toContain('Sin tiempo');
      expect(to(declined.mentor.id)).toHaveLength(0);

      // 48 hours before the 7-day expiry the mentor who has not answered is reminded, once.
      const expiry = new Date(t0.getTime() + 7 * 24 * 60 * 60_000);
      const remindAt = new Date(expiry.getTime() - 47 * 60 * 60_000);
      await expect(
        runJob('reminders', new Date(expiry.getTime() - 49 * 60 * 60_000), cohort.id),
      ).resolves.toBe(0);
      await expect(runJob('reminders', remindAt, cohort.id)).resolves.toBe(1);
      await expect(runJob('reminders', remindAt, cohort.id)).resolves.toBe(0);
      received.length = 0;
      await expect(runJob('mailDispatch', remindAt, cohort.id)).resolves.toBe(1);
      expect(received[0].rcpt).toEqual([tokenOf(unanswered.mentor.id).email]);
      expect(received[0].mail.subject).toMatch(/^Reminder: the proposal for .+ expires soon$/);

      // Then it expires: the mentor is told, and the mentee hears that the search goes on.
      received.length = 0;
      const after = new Date(expiry.getTime() + 60 * 60_000);
      await expect(runJob('expiry', after, cohort.id)).resolves.toBe(1);
      await expect(runJob('mailDispatch', after, cohort.id)).resolves.toBe(2);
      const menteeMail = to(unanswered.mentee.id)[0].mail;
      expect(menteeMail.subject).toMatch(/still looking|Seguimos buscando/);
      expect(menteeMail.text).not.toMatch(mentorName);
    } finally {
      await closeSmtp(smtp);
    }
  });

  it('tells the leads when a delivery failed for good, once', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, { displayName: 'Vera Mentora' }, 1);
    await menteeIn(cohort.id);
    await run(lead, cohort.id);
    // Nothing listens: every attempt fails, each after its backoff.
    let at = new Date();
    for (let attempt = 1; attempt <= 6; attempt++) {
      await expect(runJob('mailDispatch', at, cohort.id)).resolves.toBe(0);
      at = new Date(at.getTime() + 9 * 60 * 60_000);
    }
    const notices = await ok(
      graphql<{
        myNotifications: { edges: { node: { kind: string; payload: Record<string, unknown> } }[] };
      }>(
        'query { myNotifications(first: 50) { edges { node { kind payload } } } }',
        {},
        lead.token,
      ),
    );
    const failed = notices.myNotifications.edges
      .map((e) => e.node)
      .filter((n) => n.kind === 'MAIL_FAILED' && n.payload.recipientId === mentor.id);
    expect(failed).toHaveLength(1);
    expect(failed[0].payload).toMatchObject({
      kind: 'MATCH_PROPOSED',
      recipientName: 'Vera Mentora',
      attempts: 6,
    });
    expect(JSON.stringify(failed[0].payload)).not.toContain('smtp://');
    // Others cannot see the leads' notices.
    const mentorNotices = await ok(
      graphql<{ myNotifications: { edges: { node: { kind: string } }[] } }>(
        'query { myNotifications(first: 50) { edges { node { kind } } } }',
        {},
        mentor.token,
      ),
    );
    expect(mentorNotices.myNotifications.edges.map((e) => e.node.kind)).not.toContain(
      'MAIL_FAILED',
    );
  });

  it('answers a proposal from its email link, without a login, exactly once', async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(smtpPort, received);
    try {
      const lead = await loginLead();
      const cohort = await createOpenCohort(lead, { expiryDays: 3 });
      const mentor = await mentorIn(cohort.id, { displayName: 'Wen Mentora' }, 2);
      await menteeIn(cohort.id, { displayName: 'Xime Aprendiz', about: 'Ecóloga, R y datos.' });
      await menteeIn(cohort.id, { displayName: 'Yago Aprendiz' });
      await run(lead, cohort.id);
      await expect(runJob('mailDispatch', new Date(), cohort.id)).resolves.toBe(2);
      const links = received.map((r) => {
        const text = typeof r.mail.text === 'string' ? r.mail.text : '';
        const find = (choice: string) => {
          const url = new RegExp(`${PUBLIC_URL}/answer\\?token=[^\\s]+&choice=${choice}`).exec(
            text,
          )?.[0];
          if (!url) {
            throw new Error(`no ${choice} link in ${text}`);
          }
          return new URL(url).searchParams.get('token') ?? '';
        };
        return { accept: find('accept'), decline: find('decline'), subject: r.mail.subject ?? '' };
      });
      expect(received.every((r) => r.rcpt.includes(mentor.email))).toBe(true);
      // Both links of one mail carry the same token: the page's POST says which answer.
      expect(links[0].accept).toBe(links[0].decline);

      const VIEW = `query V($token: String!) { proposalByLink(token: $token) {
        state status mentorName mentorLanguage
        mentee { displayName languages timezone interests goals about }
        sharedLanguages sharedInterests overlapMinutesPerWeek } }`;
      const ANSWER = `mutation A($token: String!, $accept: Boolean!, $reason: String, $note: String) {
        answerProposalByLink(token: $token, accept: $accept, reason: $reason, note: $note) { state status } }`;

      // Opening the page only reads: a mail scanner following the link changes nothing.
      const first = links.find((l) => l.subject.includes('Xime'))!;
      const view = await ok(
        graphql<{ proposalByLink: Record<string, unknown> }>(VIEW, { token: first.accept }),
      );
      expect(view.proposalByLink).toMatchObject({
        state: 'OPEN',
        status: 'PROPOSED',
        mentorName: 'Wen Mentora',
        mentee: { displayName: 'Xime Aprendiz', about: 'Ecóloga, R y datos.' },
      });
      expect(JSON.stringify(view)).not.toMatch(/@example\.org|underrepresented/);
      await ok(graphql(VIEW, { token: first.accept }));

      // Accept, then the same link again: refused, and nothing changes.
      await expect(ok(graphql(ANSWER, { token: first.accept, accept: true }))).resolves.toEqual({
        answerProposalByLink: { state: 'ANSWERED', status: 'ACCEPTED' },
      });
      for (const accept of [true, false]) {
        const again = firstError(
          await graphql(ANSWER, { token: first.accept, accept, reason: 'NO_TIME' }),
        );
        expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' });
      }
      await expect(ok(graphql(VIEW, { token: first.accept }))).resolves.toMatchObject({
        proposalByLink: { state: 'ANSWERED', status: 'ACCEPTED' },
      });

      // A decline needs its reason, like in the app; a bad one writes nothing.
      const second = links.find((l) => l.subject.includes('Yago'))!;
      const noReason = firstError(
        await graphql(ANSWER, { token: second.decline, accept: false, reason: 'OTHER' }),
      );
      expect(noReason.extensions?.code).toBe('BAD_USER_INPUT');
      // An altered token, or this token after the proposal expired, does nothing.
      const altered = `${second.decline.slice(0, -2)}${second.decline.endsWith('AA') ? 'BB' : 'AA'}`;
      expect(
        firstError(await graphql(ANSWER, { token: altered, accept: true })).extensions,
      ).toMatchObject({ reason: 'TOKEN_INVALID' });
      const later = new Date(Date.now() + 4 * 24 * 60 * 60_000).toISOString();
      expect(
        firstError(await graphqlAt(later, ANSWER, { token: second.decline, accept: true }))
          .extensions,
      ).toMatchObject({ reason: 'TOKEN_EXPIRED' });
      await expect(
        ok(
          graphql(ANSWER, {
            token: second.decline,
            accept: false,
            reason: 'NO_TIME',
            note: null,
          }),
        ),
      ).resolves.toEqual({ answerProposalByLink: { state: 'ANSWERED', status: 'DECLINED' } });
    } finally {
      await closeSmtp(smtp);
    }
  });

  it('lets a person turn off optional email: on the profile, or with one click from an email (RFC 8058)', async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(smtpPort, received);
    try {
      const lead = await loginLead();
      const cohort = await createOpenCohort(lead);
      const mentors = [
        await mentorIn(cohort.id, { displayName: 'Zoe Mentora' }, 1),
        await mentorIn(cohort.id, { displayName: 'Abel Mentor' }, 1),
      ];
      const loginAs = (id: string) => mentors.find((x) => x.id === id)!;
      const clicker = await menteeIn(cohort.id, { displayName: 'Clara', preferredLanguage: 'ES' });
      const quiet = await menteeIn(cohort.id, { displayName: 'Quique' });
      const PREFS = 'query { me { emailPreferences { matchUpdates sessions program } } }';
      await expect(ok(graphql(PREFS, {}, quiet.token))).resolves.toEqual({
        me: { emailPreferences: { matchUpdates: true, sessions: true, program: true } },
      });
      await expect(
        ok(
          graphql(
            'mutation U($input: EmailPreferencesInput!) { updateEmailPreferences(input: $input) { matchUpdates sessions } }',
            { input: { matchUpdates: false } },
            quiet.token,
          ),
        ),
      ).resolves.toEqual({ updateEmailPreferences: { matchUpdates: false, sessions: true } });
      // Nobody else reads them, leads included.
      const denied = await graphql(
        'query P($id: ID!) { participant(id: $id) { id emailPreferences { matchUpdates } } }',
        { id: quiet.id },
        lead.token,
      );
      expect(firstError(denied).extensions?.code).toBe('FORBIDDEN');

      const proposals = (await run(lead, cohort.id)).runMatching.proposals;
      await runJob('mailDispatch', new Date(), cohort.id);
      // Proposals cannot be turned off and carry no unsubscribe header.
      for (const r of received) {
        expect(r.mail.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false);
      }
      received.length = 0;
      const mentorOf = (menteeId: string) => proposals.find((p) => p.mentee.id === menteeId)!;
      for (const mentee of [clicker, quiet]) {
        const proposal = mentorOf(mentee.id);
        const mentorLogin = await ok(
          graphql<{ acceptMatch: { status: string } }>(
            'mutation A($id: ID!) { acceptMatch(matchId: $id) { status } }',
            { id: proposal.id },
            loginAs(proposal.mentor.id).token,
          ),
        );
        expect(mentorLogin.acceptMatch.status).toBe('ACCEPTED');
      }
      await runJob('mailDispatch', new Date(), cohort.id);
      // The quiet mentee turned it off: no mail, but the notice is in the app.
      expect(received.filter((r) => r.rcpt.includes(quiet.email))).toHaveLength(0);
      const inApp = await ok(
        graphql<{ myNotifications: { edges: { node: { kind: string } }[] } }>(
          'query { myNotifications(first: 10) { edges { node { kind } } } }',
          {},
          quiet.token,
        ),
      );
      expect(inApp.myNotifications.edges.map((e) => e.node.kind)).toContain('MATCH_ACCEPTED');

      const [mail] = received.filter((r) => r.rcpt.includes(clicker.email)).map((r) => r.mail);
      // The raw header line (mailparser also parses it into an object).
      const header = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
      expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      );
      const oneClick = /<([^>]+)>/.exec(header)?.[1] ?? '';
      expect(oneClick.startsWith(`${PUBLIC_URL}/email/unsubscribe?token=`)).toBe(true);
      expect(mail.text).toContain(`${PUBLIC_URL}/unsubscribe?token=`);
      expect(mail.text).toContain('Para dejar de recibirlas');
      const local = oneClick.replace(PUBLIC_URL, server.url);

      // Following the address (GET) changes nothing: it leads to the confirmation page.
      // (As a browser asks for it: the server answers, not the web client's pages.)
      const get = await fetch(local, { redirect: 'manual', headers: { accept: 'text/html' } });
      expect(get.status).toBe(303);
      expect(get.headers.get('location')).toMatch(/^\/unsubscribe\?token=/);
      await expect(ok(graphql(PREFS, {}, clicker.token))).resolves.toMatchObject({
        me: { emailPreferences: { matchUpdates: true } },
      });
      // The one-click POST of a mail app turns it off at once.
      const post = await fetch(local, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(post.status).toBe(200);
      await expect(ok(graphql(PREFS, {}, clicker.token))).resolves.toEqual({
        me: { emailPreferences: { matchUpdates: false, sessions: true, program: true } },
      });
      // The page's undo, with the same token; an altered token does nothing.
      const token = new URL(oneClick).searchParams.get('token') ?? '';
      const UNSUB =
        'mutation S($token: String!, $re: Boolean!) { unsubscribe(token: $token, resubscribe: $re) { category subscribed } }';
      await expect(ok(graphql(UNSUB, { token, re: true }))).resolves.toEqual({
        unsubscribe: { category: 'MATCH_UPDATES', subscribed: true },
      });
      const altered = token.replace('MATCH_UPDATES', 'SESSIONS');
      expect(
        firstError(await graphql(UNSUB, { token: altered, re: false })).extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
      const badPost = await fetch(`${server.url}/email/unsubscribe?token=nope`, { method: 'POST' });
      expect(badPost.status).toBe(400);
      await expect(ok(graphql(PREFS, {}, clicker.token))).resolves.toMatchObject({
        me: { emailPreferences: { matchUpdates: true, sessions: true } },
      });
    } finally {
      await closeSmtp(smtp);
    }
  });

  it('nudges both people of a pair that has not met, in their languages, once', async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(smtpPort, received);
    try {
      const lead = await loginLead();
      const cohort = await createOpenCohort(lead);
      const mentor = await mentorIn(
        cohort.id,
        { displayName: 'Bruno Mentor', preferredLanguage: 'EN' },
        1,
      );
      const mentee = await menteeIn(cohort.id, { displayName: 'Dalia', preferredLanguage: 'ES' });
      const [proposal] = (await run(lead, cohort.id)).runMatching.proposals;
      await ok(
        graphql(
          'mutation A($id: ID!) { acceptMatch(matchId: $id) { status } }',
          { id: proposal.id },
          mentor.token,
        ),
      );
      await runJob('mailDispatch', new Date(), cohort.id); // the acceptance
      const later = new Date(Date.now() + 22 * 24 * 60 * 60_000);
      await expect(runJob('checkIns', later, cohort.id)).resolves.toBe(1);
      received.length = 0;
      await runJob('mailDispatch', later, cohort.id);
      const to = (email: string) => received.filter((r) => r.rcpt.includes(email));
      expect(to(mentor.email).map((r) => r.mail.subject)).toEqual([
        'How is your mentorship with Dalia going?',
      ]);
      expect(to(mentee.email).map((r) => r.mail.subject)).toEqual([
        '¿Cómo va tu mentoría con Bruno Mentor?',
      ]);
      // Flagged once: a second sweep sends nothing more.
      await expect(runJob('checkIns', later, cohort.id)).resolves.toBe(0);
    } finally {
      await closeSmtp(smtp);
    }
  });
});
