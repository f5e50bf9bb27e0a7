import {
  buildSessionCalendar,
  calendarMethodOf,
  calendarUid,
  parseMailbox,
  sessionMailHolds,
  sessionTitle,
  type SessionEvent,
  type SessionNow,
} from './session-calendar';

// The content lines of an iCalendar text (RFC 5545: CRLF, long lines folded with a space
// or tab), each as its name, parameters and value.
type Line = { name: string; params: Record<string, string>; value: string };

function parseIcs(text: string): Line[] {
  expect(text).toMatch(/\r\n/);
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      const colon = l.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      const [name, ...params] = l.slice(0, colon).split(';');
      return {
        name,
        params: Object.fromEntries(
          params.map((p) => {
            const [k, v] = p.split('=');
            return [k, v.replace(/^"|"$/g, '')];
          }),
        ),
        value: l.slice(colon + 1),
      };
    });
}

const one = (lines: Line[], name: string) => {
  const found = lines.filter((l) => l.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};

const event = (over: Partial<SessionEvent> = {}): SessionEvent => ({
  method: 'REQUEST',
  uid: calendarUid('6f1d0c2a-8c1e-4a51-9d57-0d6b1f4f7a10', 'https://mentoring.example.org'),
  sequence: 0,
  startsAt: new Date('2027-03-08T17:00:00Z'),
  durationMinutes: 45,
  summary: sessionTitle('ES', 'Camila Rojas', 'Íñigo Pérez'),
  description: 'Revisar el PR; y, después, el README',
  url: 'https://mentoring.example.org/calendar',
  organizer: { name: 'Puente Mentoring', email: 'no-reply@mentoring.example.org' },
  attendees: [
    { name: 'Camila Rojas', email: 'camila@example.org' },
    { name: 'Íñigo Pérez', email: 'inigo@example.org' },
  ],
  cancelled: false,
  stamp: new Date('2027-01-05T10:30:00Z'),
  ...over,
});

describe('session calendar', () => {
  it('names a session by one UID on the public host', () => {
    expect(calendarUid('abc', 'https://mentoring.example.org/app')).toBe(
      'abc@mentoring.example.org',
    );
    expect(calendarUid('abc', 'http://localhost:3000')).toBe('abc@localhost');
  });

  it('titles the event in the reader’s language, with the Spanish "e" before /i/', () => {
    expect(sessionTitle('EN', 'Ana', 'Sam')).toBe('Mentoring session: Ana and Sam');
    expect(sessionTitle('ES', 'Ana', 'Sam')).toBe('Sesión de mentoría: Ana y Sam');
    expect(sessionTitle('ES', 'Ana', 'Íñigo')).toBe('Sesión de mentoría: Ana e Íñigo');
    expect(sessionTitle('ES', 'Ana', 'Hilda')).toBe('Sesión de mentoría: Ana e Hilda');
    expect(sessionTitle('ES', 'Ana', 'hielo')).toBe('Sesión de mentoría: Ana y hielo');
    expect(sessionTitle('ES', 'Ana', 'Yolanda')).toBe('Sesión de mentoría: Ana y Yolanda');
  });

  it('reads the organizer from MAIL_FROM', () => {
    expect(parseMailbox('Puente Mentoring <no-reply@mentoring.example.org>')).toEqual({
      name: 'Puente Mentoring',
      email: 'no-reply@mentoring.example.org',
    });
    expect(parseMailbox('"Puente, program" <a@b.org>')).toEqual({
      name: 'Puente, program',
      email: 'a@b.org',
    });
    expect(parseMailbox('<a@b.org>')).toEqual({ name: null, email: 'a@b.org' });
    expect(parseMailbox('a@b.org')).toEqual({ name: null, email: 'a@b.org' });
  });

  it('writes an invitation: METHOD:REQUEST, UID, SEQUENCE, UTC times, organizer and both people', () => {
    const text = buildSessionCalendar(event());
    const lines = parseIcs(text);
    expect(lines[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(one(lines, 'VERSION').value).toBe('2.0');
    expect(one(lines, 'METHOD').value).toBe('REQUEST');
    expect(one(lines, 'UID').value).toBe(
      '6f1d0c2a-8c1e-4a51-9d57-0d6b1f4f7a10@mentoring.example.org',
    );
    expect(one(lines, 'SEQUENCE').value).toBe('0');
    expect(one(lines, 'DTSTART').value).toBe('20270308T170000Z');
    expect(one(lines, 'DTEND').value).toBe('20270308T174500Z');
    expect(one(lines, 'DTSTAMP').value).toBe('20270105T103000Z');
    expect(one(lines, 'STATUS').value).toBe('CONFIRMED');
    expect(one(lines, 'SUMMARY').value).toBe('Sesión de mentoría: Camila Rojas e Íñigo Pérez');
    // Commas and semicolons are escaped in text values.
    expect(one(lines, 'DESCRIPTION').value).toBe('Revisar el PR\\; y\\, después\\, el README');
    const organizer = one(lines, 'ORGANIZER');
    expect(organizer.params.CN).toBe('Puente Mentoring');
    expect(organizer.value.toLowerCase()).toBe('mailto:no-reply@mentoring.example.org');
    const attendees = lines.filter((l) => l.name === 'ATTENDEE');
    expect(attendees.map((a) => [a.params.CN, a.value.toLowerCase()])).toEqual([
      ['Camila Rojas', 'mailto:camila@example.org'],
      ['Íñigo Pérez', 'mailto:inigo@example.org'],
    ]);
    for (const a of attendees) {
      expect(a.params).toMatchObject({ RSVP: 'FALSE', PARTSTAT: 'ACCEPTED' });
    }
    expect(lines.filter((l) => l.name === 'BEGIN').map((l) => l.value)).toEqual([
      'VCALENDAR',
      'VEVENT',
    ]);
    // Folded at 75 octets at most.
    for (const raw of text.split('\r\n')) {
      expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(75 + 4);
    }
  });

  it('writes an update with the same UID and a higher SEQUENCE, and a cancellation', () => {
    const moved = parseIcs(
      buildSessionCalendar(event({ sequence: 1, startsAt: new Date('2027-03-10T21:00:00Z') })),
    );
    expect(one(moved, 'UID').value).toMatch(/^6f1d0c2a-.*@mentoring\.example\.org$/);
    expect(one(moved, 'SEQUENCE').value).toBe('1');
    expect(one(moved, 'DTSTART').value).toBe('20270310T210000Z');

    const cancelled = parseIcs(
      buildSessionCalendar(event({ method: 'CANCEL', sequence: 2, cancelled: true })),
    );
    expect(one(cancelled, 'METHOD').value).toBe('CANCEL');
    expect(one(cancelled, 'STATUS').value).toBe('CANCELLED');
    expect(one(cancelled, 'SEQUENCE').value).toBe('2');
    expect(one(cancelled, 'UID').value).toBe(one(moved, 'UID').value);
    expect(cancelled.filter((l) => l.name === 'ATTENDEE')).toHaveLength(2);
  });

  it('writes a file to import without organizer or attendees', () => {
    const lines = parseIcs(
      buildSessionCalendar(
        event({ method: 'PUBLISH', organizer: null, attendees: [], description: null }),
      ),
    );
    expect(one(lines, 'METHOD').value).toBe('PUBLISH');
    expect(lines.some((l) => ['ORGANIZER', 'ATTENDEE', 'DESCRIPTION'].includes(l.name))).toBe(
      false,
    );
  });

  it('sends an invitation or reminder only while it still describes the session', () => {
    const now = new Date('2027-03-07T12:00:00Z');
    const booked: SessionNow = {
      status: 'SCHEDULED',
      calendarSequence: 0,
      startsAt: new Date('2027-03-08T17:00:00Z'),
      durationMinutes: 60,
    };
    expect(sessionMailHolds('SESSION_SCHEDULED', booked, 0, now)).toBe(true);
    expect(sessionMailHolds('SESSION_REMINDER', booked, 0, now)).toBe(true);
    // Moved since: the invitation of the old time is not sent; the move's own one is.
    const moved = { ...booked, calendarSequence: 1 };
    expect(sessionMailHolds('SESSION_SCHEDULED', moved, 0, now)).toBe(false);
    expect(sessionMailHolds('SESSION_REMINDER', moved, 0, now)).toBe(false);
    expect(sessionMailHolds('SESSION_MOVED', moved, 1, now)).toBe(true);
    // Cancelled since: only the cancellation goes.
    const cancelled = { ...booked, status: 'CANCELLED' as const, calendarSequence: 2 };
    expect(sessionMailHolds('SESSION_MOVED', cancelled, 1, now)).toBe(false);
    expect(sessionMailHolds('SESSION_CANCELLED', cancelled, 2, now)).toBe(true);
    // A session done or over, or a reminder once the session has started.
    expect(sessionMailHolds('SESSION_SCHEDULED', { ...booked, status: 'COMPLETED' }, 0, now)).toBe(
      false,
    );
    const during = new Date('2027-03-08T17:30:00Z');
    expect(sessionMailHolds('SESSION_SCHEDULED', booked, 0, during)).toBe(true);
    expect(sessionMailHolds('SESSION_REMINDER', booked, 0, during)).toBe(false);
    expect(sessionMailHolds('SESSION_SCHEDULED', booked, 0, new Date('2027-03-08T18:00:00Z'))).toBe(
      false,
    );
  });

  it('attaches REQUEST to bookings and moves, CANCEL to cancellations, nothing to reminders', () => {
    expect(calendarMethodOf('SESSION_SCHEDULED')).toBe('REQUEST');
    expect(calendarMethodOf('SESSION_MOVED')).toBe('REQUEST');
    expect(calendarMethodOf('SESSION_CANCELLED')).toBe('CANCEL');
    expect(calendarMethodOf('SESSION_REMINDER')).toBeNull();
  });
});
