import { DELETED_DISPLAY_NAME } from '../src/account/account-deletion';
import { LOGIN, signUpMentee } from './helpers/factories';
import { firstError, graphql, ok } from './helpers/graphql';
import { runJob } from './helpers/jobs';
import { menteeIn, mentorIn, run, loginLead, createOpenCohort } from './helpers/cohorts';
import { acceptedPair, type Pair } from './helpers/pairs';
import { closeSmtp, startSmtp, type Received } from './helpers/smtp';
import { freePort, startOwnServer, stopServer, type RunningServer } from './setup/test-server';

const PUBLIC_URL = 'https://mentoring.example.org';
const MAIL_FROM = 'Puente Mentoring <no-reply@mentoring.example.org>';

const DELETE = `mutation D($p: String!) { deleteMyAccount(password: $p) }`;
const ME = 'query { me { id displayName } }';
const SCHEDULE = `mutation S($m: ID!, $at: DateTime!, $d: Int!, $a: String) {
  scheduleSession(matchId: $m, startsAt: $at, durationMinutes: $d, agenda: $a) { id } }`;
const MY_SESSIONS = 'query { mySessions { id status agenda } }';
const MY_MATCHES = 'query { myMatches { id status } }';
const PERSON = `query P($id: ID!) { participant(id: $id) { id displayName email about availability { day } } }`;
const COHORT_MATCHES = `query M($c: ID!) { cohortMatches(cohortId: $c, first: 50) {
  edges { node { id status mentor { id displayName } mentee { id displayName } } } } }`;
const NOTICES = 'query { myNotifications(first: 100) { edges { node { kind payload } } } }';
const EXPORT = 'query { exportMyData }';

const MENTOR_PASSWORD = 'another-long-password';
const MENTEE_PASSWORD = 'a-long-password';

type Mail = Received['mail'];
const text = (mail: Mail) => (typeof mail.text === 'string' ? mail.text : '');

// deleteMyAccount through the real API, with the mail it causes read from a real SMTP
// server started here, on a server of this file's own.
describe('deleteMyAccount', () => {
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const received: Received[] = [];
  const previousUrl = process.env.PUENTE_TEST_URL;

  beforeAll(async () => {
    const smtpPort = await freePort();
    smtp = await startSmtp(smtpPort, received);
    server = await startOwnServer(
      { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM, PUBLIC_URL },
      { leads: true },
    );
    process.env.PUENTE_TEST_URL = server.url;
  }, 120_000);

  afterAll(async () => {
    if (process.env.SHOW_SERVER_OUTPUT) {
      console.log(server?.output());
    }
    process.env.PUENTE_TEST_URL = previousUrl;
    if (server) {
      await stopServer(server.child);
    }
    if (smtp) {
      await closeSmtp(smtp);
    }
  });

  // The mails one dispatch of the cohort's outbox sends.
  async function dispatch(cohortId: string): Promise<Received[]> {
    const from = received.length;
    const sent = await runJob('mailDispatch', new Date(), cohortId);
    const mails = received.slice(from);
    expect(mails).toHaveLength(sent);
    return mails;
  }

  const to = (mails: Received[], email: string) => mails.filter((r) => r.rcpt.includes(email));

  async function pairWithSession(): Promise<Pair & { sessionId: string }> {
    const p = await acceptedPair();
    const { scheduleSession } = await ok(
      graphql<{ scheduleSession: { id: string } }>(
        SCHEDULE,
        { m: p.matchId, at: '2027-03-08T17:00:00Z', d: 60, a: 'Revisar el PR de Íñigo' },
        p.mentor.token,
      ),
    );
    await dispatch(p.cohortId);
    return { ...p, sessionId: scheduleSession.id };
  }

  it('refuses without a login or with a wrong password, and then changes nothing', async () => {
    const p = await pairWithSession();
    expect(firstError(await graphql(DELETE, { p: MENTOR_PASSWORD })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const wrong = firstError(await graphql(DELETE, { p: 'not-my-password' }, p.mentor.token));
    expect(wrong.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_PASSWORD',
      field: 'password',
    });
    const empty = firstError(await graphql(DELETE, { p: '' }, p.mentor.token));
    expect(empty.extensions?.code).toBe('BAD_USER_INPUT');
    // Another person's password does not delete this account either.
    const others = firstError(await graphql(DELETE, { p: MENTEE_PASSWORD }, p.mentor.token));
    expect(others.extensions?.reason).toBe('WRONG_PASSWORD');

    const { me } = await ok(graphql<{ me: { id: string } }>(ME, {}, p.mentor.token));
    expect(me.id).toBe(p.mentor.id);
    const { myMatches } = await ok(
      graphql<{ myMatches: { status: string }[] }>(MY_MATCHES, {}, p.mentee.token),
    );
    expect(myMatches.map((m) => m.status)).toEqual(['ACCEPTED']);
    const { mySessions } = await ok(
      graphql<{ mySessions: { status: string }[] }>(MY_SESSIONS, {}, p.mentee.token),
    );
    expect(mySessions.map((s) => s.status)).toEqual(['SCHEDULED']);
    expect(await dispatch(p.cohortId)).toHaveLength(0);
  });

  it('ends the mentorship, cancels the sessions to come in both calendars, tells the other person and anonymises the rest', async () => {
    const p = await pairWithSession();
    const { deleteMyAccount } = await ok(
      graphql<{ deleteMyAccount: boolean }>(DELETE, { p: MENTOR_PASSWORD }, p.mentor.token),
    );
    expect(deleteMyAccount).toBe(true);

    // Every login of the account has ended, and its address and password open nothing.
    expect(firstError(await graphql(ME, {}, p.mentor.token)).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const login = firstError(
      await graphql(LOGIN, { email: p.mentor.email, password: MENTOR_PASSWORD }),
    );
    expect(login.extensions?.reason).toBe('BAD_CREDENTIALS');

    // The mentee: the match has ended and the session is cancelled, its agenda gone.
    const { myMatches } = await ok(
      graphql<{ myMatches: { status: string }[] }>(MY_MATCHES, {}, p.mentee.token),
    );
    expect(myMatches.map((m) => m.status)).toEqual(['ENDED']);
    const { mySessions } = await ok(
      graphql<{ mySessions: { id: string; status: string; agenda: string | null }[] }>(
        MY_SESSIONS,
        {},
        p.mentee.token,
      ),
    );
    expect(mySessions).toEqual([{ id: p.sessionId, status: 'CANCELLED', agenda: null }]);

    // Her mail, in Spanish: the mentorship ended, and the calendar event is cancelled.
    const mails = await dispatch(p.cohortId);
    expect(to(mails, p.mentor.email)).toHaveLength(0);
    const hers = to(mails, p.mentee.email);
    expect(hers).toHaveLength(2);
    const ended = hers.find((r) => r.mail.subject === 'Tu mentoría terminó');
    expect(ended).toBeDefined();
    expect(text(ended!.mail)).toContain('cerró su cuenta de Puente');
    expect(text(ended!.mail)).not.toContain('Camila');
    const cancelled = hers.find((r) => r.mail.attachments.length > 0);
    const ics = cancelled!.mail.attachments.find((a) => a.contentType === 'text/calendar');
    expect(ics).toBeDefined();
    expect(ics!.content.toString('utf8')).toContain('METHOD:CANCEL');
    expect(ics!.content.toString('utf8')).toContain(`UID:${p.sessionId}@mentoring.example.org`);
    expect(JSON.stringify(mails.map((r) => r.mail.text))).not.toContain('Revisar el PR');

    // A lead: the person is a placeholder with nothing personal; the match counts as ended.
    const { participant } = await ok(
      graphql<{ participant: Record<string, unknown> }>(PERSON, { id: p.mentor.id }, p.lead.token),
    );
    expect(participant).toMatchObject({
      displayName: DELETED_DISPLAY_NAME,
      about: null,
      availability: [],
    });
    expect(participant.email).not.toBe(p.mentor.email);
    expect(String(participant.email)).toMatch(/@deleted\.invalid$/);
    const { cohortMatches } = await ok(
      graphql<{
        cohortMatches: { edges: { node: { status: string; mentor: { displayName: string } } }[] };
      }>(COHORT_MATCHES, { c: p.cohortId }, p.lead.token),
    );
    expect(cohortMatches.edges.map((e) => [e.node.status, e.node.mentor.displayName])).toEqual([
      ['ENDED', DELETED_DISPLAY_NAME],
    ]);
    const { myNotifications: notifications } = await ok(
      graphql<{
        myNotifications: { edges: { node: { kind: string; payload: { matchId?: string } } }[] };
      }>(NOTICES, {}, p.lead.token),
    );
    expect(
      notifications.edges.some(
        (e) => e.node.kind === 'MATCH_PARTNER_LEFT' && e.node.payload.matchId === p.matchId,
      ),
    ).toBe(true);

    // The mentee's own export names the other person only as the placeholder.
    const { exportMyData } = await ok(
      graphql<{ exportMyData: { matches: { otherPerson: string }[] } }>(EXPORT, {}, p.mentee.token),
    );
    expect(exportMyData.matches.map((x) => x.otherPerson)).toEqual([DELETED_DISPLAY_NAME]);

    // The address is free: the person may come back with a new account.
    const again = await signUpMentee({ email: p.mentor.email });
    expect(again.id).not.toBe(p.mentor.id);
  });

  it('withdraws waiting proposals: the mentor hears of it, a mentee hears "still looking", and a deleted mentor is never proposed again', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, { displayName: 'Lucía Gómez' }, 1);
    const english = { preferredLanguage: 'EN', languages: ['EN', 'ES'] };
    const ana = await menteeIn(cohort.id, { displayName: 'Ana Torres', ...english });
    const bea = await menteeIn(cohort.id, { displayName: 'Beatriz Luna', ...english });
    const [proposal] = (await run(lead, cohort.id)).runMatching.proposals;
    expect(proposal.mentor.id).toBe(mentor.id);
    const [first, second] = proposal.mentee.id === ana.id ? [ana, bea] : [bea, ana];
    await dispatch(cohort.id);

    // The proposed mentee leaves: the proposal lapses and the mentor is told, in Spanish.
    await ok(graphql(DELETE, { p: MENTEE_PASSWORD }, first.token));
    const mails = await dispatch(cohort.id);
    expect(mails.map((r) => [r.rcpt, r.mail.subject])).toEqual([
      [[mentor.email], 'Se retiró una propuesta de mentoría'],
    ]);
    expect(text(mails[0].mail)).toContain(cohort.name);
    const lapsed = await ok(
      graphql<{ cohortMatches: { edges: { node: { id: string; status: string } }[] } }>(
        COHORT_MATCHES,
        { c: cohort.id },
        lead.token,
      ),
    );
    expect(lapsed.cohortMatches.edges.map((e) => e.node.status)).toEqual(['EXPIRED']);

    // The mentor's place is free: the other mentee is proposed to her; then the mentor leaves.
    const [next] = (await run(lead, cohort.id)).runMatching.proposals;
    expect([next.mentor.id, next.mentee.id]).toEqual([mentor.id, second.id]);
    await dispatch(cohort.id);
    await ok(graphql(DELETE, { p: MENTOR_PASSWORD }, mentor.token));
    const after = await dispatch(cohort.id);
    expect(after.map((r) => [r.rcpt, r.mail.subject])).toEqual([
      [[second.email], 'We are still looking for a mentor for you'],
    ]);

    // The deleted mentor is no candidate any more: the mentee waits, unmatched.
    const dry = await run(lead, cohort.id, true);
    expect(dry.runMatching.mentorCount).toBe(0);
    expect(dry.runMatching.proposals).toEqual([]);
    // And no lead lists the deleted people among the participants.
    const listed = await ok(
      graphql<{ participants: { edges: { node: { id: string } }[] } }>(
        `
          query L($c: ID!) {
            participants(first: 50, filter: { cohortId: $c }) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        { c: cohort.id },
        lead.token,
      ),
    );
    expect(listed.participants.edges.map((e) => e.node.id)).toEqual([second.id]);
    expect(dry.runMatching.unmatched.map((u) => u.mentee.id)).toEqual([second.id]);
  });
});
