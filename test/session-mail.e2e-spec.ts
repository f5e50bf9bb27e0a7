import { graphql, graphqlAt, ok } from './helpers/graphql';
import { runJob } from './helpers/jobs';
import { acceptedPair, type Pair } from './helpers/pairs';
import { closeSmtp, startSmtp, type Received } from './helpers/smtp';
import { freePort, startOwnServer, stopServer, type RunningServer } from './setup/test-server';

const PUBLIC_URL = 'https://mentoring.example.org';
const MAIL_FROM = 'Puente Mentoring <no-reply@mentoring.example.org>';

const SCHEDULE = `mutation S($m: ID!, $at: DateTime!, $d: Int!, $a: String, $done: Boolean) {
  scheduleSession(matchId: $m, startsAt: $at, durationMinutes: $d, agenda: $a, completed: $done) { id } }`;
const RESCHEDULE = `mutation R($s: ID!, $at: DateTime!, $d: Int) {
  rescheduleSession(sessionId: $s, startsAt: $at, durationMinutes: $d) { id startsAt durationMinutes status } }`;
const CANCEL = `mutation C($s: ID!, $r: String!) { cancelSession(sessionId: $s, reason: $r) { id status } }`;

type Mail = Received['mail'];

// The calendar part of a mail: the method of its content type, and its content lines
// (unfolded) by name.
function calendarOf(mail: Mail): { method: string; lines: Map<string, string[]> } | null {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) {
    return null;
  }
  const type = part.headers.get('content-type') as { params: Record<string, string> };
  const lines = new Map<string, string[]>();
  for (const line of part.content
    .toString('utf8')
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')) {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    if (colon > 0) {
      const name = line.slice(0, colon).split(';')[0];
      lines.set(name, [...(lines.get(name) ?? []), line]);
    }
  }
  return { method: type.params.method, lines };
}

// The value of the one line of that name.
function value(cal: { lines: Map<string, string[]> }, name: string): string {
  const found = cal.lines.get(name) ?? [];
  expect([name, found.length]).toEqual([name, 1]);
  return found[0].slice(found[0].search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/) + 1);
}

const text = (mail: Mail) => (typeof mail.text === 'string' ? mail.text : '');

// Booking, moving and cancelling a session mails both people, each in their language and
// zone, with one calendar event updated in place; a reminder comes 24 hours before. Through
// a real SMTP server started here, on a server of this file's own.
describe('session email with calendar invitations', () => {
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
    // acceptedPair and the job helper talk to PUENTE_TEST_URL.
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

  // Camila (mentor, Spanish, Bogotá) and Íñigo (mentee, who reads English, Madrid); the
  // pair's earlier mail (the proposal, the acceptance) already sent.
  async function pair(): Promise<Pair> {
    const p = await acceptedPair();
    await ok(
      graphql(
        'mutation { updateProfile(input: { languages: [ES, EN], preferredLanguage: EN }) { id } }',
        {},
        p.mentee.token,
      ),
    );
    await runJob('mailDispatch', new Date(), p.cohortId);
    return p;
  }

  // Dispatches the cohort's outbox at `at`; the mails it sent, by recipient.
  async function dispatch(p: Pair, at = new Date()) {
    const from = received.length;
    const sent = await runJob('mailDispatch', at, p.cohortId);
    const mails = received.slice(from);
    expect(mails).toHaveLength(sent);
    const to = (email: string) => {
      const found = mails.filter((r) => r.rcpt.includes(email));
      expect([email, found.length]).toEqual([email, 1]);
      return found[0].mail;
    };
    return { sent, mentor: () => to(p.mentor.email), mentee: () => to(p.mentee.email) };
  }

  it('books, moves and cancels: both people hear each, one calendar event updated in place', async () => {
    const p = await pair();
    const { scheduleSession: booked } = await ok(
      graphql<{ scheduleSession: { id: string } }>(
        SCHEDULE,
        { m: p.matchId, at: '2027-03-08T17:00:00Z', d: 60, a: 'Primer PR' },
        p.mentee.token,
      ),
    );
    const uid = `${booked.id}@mentoring.example.org`;

    const first = await dispatch(p);
    expect(first.sent).toBe(2);
    const es = first.mentor();
    const en = first.mentee();
    expect(es.subject).toBe('Sesión de mentoría reservada con Íñigo Pérez');
    expect(es.headers.get('content-language')).toBe('es-419');
    expect(text(es)).toContain('Hola, Camila Rojas:');
    expect(text(es)).toMatch(
      /Íñigo Pérez reservó una sesión de mentoría contigo para el lunes, 8 de marzo de 2027, 12:00\sp\.\s?m\. \(America\/Bogota\), de 60 minutos\./,
    );
    expect(es.html).toContain('<html lang="es-419">');
    expect(es.html).toContain(`href="${PUBLIC_URL}/calendar"`);
    expect(en.subject).toBe('Mentoring session booked with Camila Rojas');
    expect(en.headers.get('content-language')).toBe('en');
    expect(text(en)).toMatch(
      /You booked a mentoring session with Camila Rojas on Monday, March 8, 2027 at 6:00\sPM \(Europe\/Madrid\), for 60 minutes\./,
    );
    expect(text(en)).toContain('- Primer PR');
    expect(en.html).toContain('<html lang="en">');
    for (const [mail, summary] of [
      [es, 'Sesión de mentoría: Camila Rojas e Íñigo Pérez'],
      [en, 'Mentoring session: Camila Rojas and Íñigo Pérez'],
    ] as const) {
      const cal = calendarOf(mail);
      if (!cal) {
        throw new Error(`no calendar part in "${mail.subject}"`);
      }
      expect(cal.method).toBe('REQUEST');
      expect(value(cal, 'METHOD')).toBe('REQUEST');
      expect(value(cal, 'UID')).toBe(uid);
      expect(value(cal, 'SEQUENCE')).toBe('0');
      expect(value(cal, 'DTSTART')).toBe('20270308T170000Z');
      expect(value(cal, 'DTEND')).toBe('20270308T180000Z');
      expect(value(cal, 'STATUS')).toBe('CONFIRMED');
      expect(value(cal, 'SUMMARY')).toBe(summary);
      expect(value(cal, 'ORGANIZER').toLowerCase()).toBe('mailto:no-reply@mentoring.example.org');
      expect(
        (cal.lines.get('ATTENDEE') ?? []).map((l) => l.slice(l.lastIndexOf(':') + 1)).sort(),
      ).toEqual([p.mentor.email, p.mentee.email].sort());
      // Also attached as a file, for apps that do not read the alternative part.
      expect(mail.attachments.some((a) => a.filename === 'invite.ics')).toBe(true);
    }

    // Moved by the mentor: the same event, SEQUENCE 1.
    await expect(
      ok(graphql(RESCHEDULE, { s: booked.id, at: '2027-03-10T17:00:00Z' }, p.mentor.token)),
    ).resolves.toEqual({
      rescheduleSession: {
        id: booked.id,
        startsAt: '2027-03-10T17:00:00.000Z',
        durationMinutes: 60,
        status: 'SCHEDULED',
      },
    });
    const second = await dispatch(p);
    expect(second.sent).toBe(2);
    expect(second.mentor().subject).toBe('Nuevo horario para tu sesión con Íñigo Pérez');
    expect(text(second.mentor())).toMatch(/^Cambiaste el horario de la sesión de mentoría/m);
    const movedEn = second.mentee();
    expect(movedEn.subject).toBe('New time for your session with Camila Rojas');
    expect(text(movedEn)).toMatch(
      /Camila Rojas changed the time of your mentoring session: it is now on Wednesday, March 10, 2027 at 6:00\sPM \(Europe\/Madrid\), for 60 minutes\. It was on Monday, March 8, 2027 at 6:00\sPM \(Europe\/Madrid\)\./,
    );
    for (const mail of [second.mentor(), movedEn]) {
      const cal = calendarOf(mail);
      expect(cal?.method).toBe('REQUEST');
      expect(cal && value(cal, 'UID')).toBe(uid);
      expect(cal && value(cal, 'SEQUENCE')).toBe('1');
      expect(cal && value(cal, 'DTSTART')).toBe('20270310T170000Z');
    }

    // Cancelled by the mentee: METHOD:CANCEL, SEQUENCE 2, the same UID.
    await ok(graphql(CANCEL, { s: booked.id, r: 'Enfermedad' }, p.mentee.token));
    const third = await dispatch(p);
    expect(third.sent).toBe(2);
    expect(third.mentor().subject).toBe('Sesión con Íñigo Pérez cancelada');
    expect(text(third.mentor())).toContain('Motivo:\n- Enfermedad');
    expect(third.mentee().subject).toBe('Session with Camila Rojas cancelled');
    for (const mail of [third.mentor(), third.mentee()]) {
      const cal = calendarOf(mail);
      expect(cal?.method).toBe('CANCEL');
      expect(cal && value(cal, 'METHOD')).toBe('CANCEL');
      expect(cal && value(cal, 'STATUS')).toBe('CANCELLED');
      expect(cal && value(cal, 'UID')).toBe(uid);
      expect(cal && value(cal, 'SEQUENCE')).toBe('2');
    }

    // Everything sent once; a cancelled session cannot be moved.
    await expect(dispatch(p, new Date(Date.now() + 3_600_000))).resolves.toMatchObject({ sent: 0 });
    const late = await graphql(
      RESCHEDULE,
      { s: booked.id, at: '2027-03-12T17:00:00Z' },
      p.mentor.token,
    );
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SESSION_NOT_SCHEDULED',
    });
  });

  it('does not send an invitation that a move overtook before it left', async () => {
    const p = await pair();
    const { scheduleSession: s } = await ok(
      graphql<{ scheduleSession: { id: string } }>(
        SCHEDULE,
        { m: p.matchId, at: '2027-03-15T17:00:00Z', d: 45 },
        p.mentor.token,
      ),
    );
    await ok(graphql(RESCHEDULE, { s: s.id, at: '2027-03-17T17:00:00Z', d: 30 }, p.mentee.token));
    const out = await dispatch(p);
    expect(out.sent).toBe(2);
    for (const mail of [out.mentor(), out.mentee()]) {
      expect(mail.subject).toMatch(/^(Nuevo horario|New time)/);
      const cal = calendarOf(mail);
      expect(cal && value(cal, 'SEQUENCE')).toBe('1');
      expect(cal && value(cal, 'DTEND')).toBe('20270317T173000Z');
    }
  });

  it('reminds both people once, 24 hours before; again after a move far enough away', async () => {
    const p = await pair();
    const { scheduleSession: s } = await ok(
      graphql<{ scheduleSession: { id: string } }>(
        SCHEDULE,
        { m: p.matchId, at: '2027-03-22T17:00:00Z', d: 60 },
        p.mentee.token,
      ),
    );
    await dispatch(p);
    await expect(
      runJob('sessionReminders', new Date('2027-03-21T16:00:00Z'), p.cohortId),
    ).resolves.toBe(0);
    const dayBefore = new Date('2027-03-21T18:00:00Z');
    await expect(runJob('sessionReminders', dayBefore, p.cohortId)).resolves.toBe(1);
    await expect(
      runJob('sessionReminders', new Date('2027-03-21T20:00:00Z'), p.cohortId),
    ).resolves.toBe(0);
    const reminded = await dispatch(p, dayBefore);
    expect(reminded.sent).toBe(2);
    expect(reminded.mentor().subject).toBe('Recordatorio: tu sesión de mentoría con Íñigo Pérez');
    expect(text(reminded.mentor())).toMatch(
      /empieza el lunes, 22 de marzo de 2027, 12:00\sp\.\s?m\. \(America\/Bogota\)/,
    );
    expect(reminded.mentee().subject).toBe('Reminder: your mentoring session with Camila Rojas');
    expect(text(reminded.mentee())).toMatch(
      /starts on Monday, March 22, 2027 at 6:00\sPM \(Europe\/Madrid\)/,
    );
    // The event is already in both calendars: a reminder carries no invitation.
    expect(calendarOf(reminded.mentor())).toBeNull();

    // Moved three days later: a new reminder before the new time.
    await ok(
      graphqlAt(
        '2027-03-21T19:00:00Z',
        RESCHEDULE,
        { s: s.id, at: '2027-03-24T17:00:00Z' },
        p.mentor.token,
      ),
    );
    await dispatch(p, new Date('2027-03-21T19:00:00Z'));
    await expect(
      runJob('sessionReminders', new Date('2027-03-23T18:00:00Z'), p.cohortId),
    ).resolves.toBe(1);

    // Booked, or moved, to less than 24 hours ahead: that mail is the reminder.
    const book = async (now: string, at: string) =>
      (
        await ok(
          graphqlAt<{ scheduleSession: { id: string } }>(
            now,
            SCHEDULE,
            { m: p.matchId, at, d: 60 },
            p.mentee.token,
          ),
        )
      ).scheduleSession.id;
    await book('2027-03-28T20:00:00Z', '2027-03-29T17:00:00Z');
    const later = await book('2027-03-28T20:00:00Z', '2027-03-31T17:00:00Z');
    await ok(
      graphqlAt(
        '2027-03-30T20:00:00Z',
        RESCHEDULE,
        { s: later, at: '2027-03-31T12:00:00Z' },
        p.mentor.token,
      ),
    );
    for (const at of ['2027-03-29T10:00:00Z', '2027-03-31T10:00:00Z']) {
      await expect(runJob('sessionReminders', new Date(at), p.cohortId)).resolves.toBe(0);
    }
  });

  it('mails nothing for a past session that is only logged', async () => {
    const p = await pair();
    await ok(
      graphqlAt(
        '2027-04-02T10:00:00Z',
        SCHEDULE,
        { m: p.matchId, at: '2027-03-29T16:00:00Z', d: 45, done: true },
        p.mentor.token,
      ),
    );
    await expect(dispatch(p, new Date('2027-04-02T10:00:00Z'))).resolves.toMatchObject({
      sent: 0,
    });
    await expect(
      runJob('sessionReminders', new Date('2027-03-29T10:00:00Z'), p.cohortId),
    ).resolves.toBe(0);
    // The mentee still sees it among her notices.
    const notices = await ok(
      graphql<{ myNotifications: { edges: { node: { kind: string } }[] } }>(
        'query { myNotifications(first: 10) { edges { node { kind } } } }',
        {},
        p.mentee.token,
      ),
    );
    expect(notices.myNotifications.edges.map((e) => e.node.kind)).toContain('SESSION_LOGGED');
  });
});
