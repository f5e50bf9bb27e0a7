// Sessions in people's calendars: the iCalendar text of a session, and whether a message
// about a session still holds when it leaves. Every message about one session names the
// same UID and the row's SEQUENCE (raised on each move and on cancellation), so calendar
// apps update the one event instead of adding another. Plain TypeScript, no Nest.
import { createEvent, type EventAttributes } from 'ics';
import type { SessionStatusName } from '../common/vocabulary';

export type CalendarLanguage = 'EN' | 'ES';

// PUBLISH: a file to import (the download); REQUEST: an invitation or its update, mailed;
// CANCEL: the event is off.
export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export type CalendarPerson = { name: string | null; email: string };

export type SessionEvent = {
  method: CalendarMethod;
  uid: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string | null;
  url: string | null;
  organizer: CalendarPerson | null;
  attendees: readonly CalendarPerson[];
  cancelled: boolean;
  // DTSTAMP: when this version of the event was written.
  stamp: Date;
};

// One per session, the same in every message and download: "<id>@<PUBLIC_URL host>".
export function calendarUid(sessionId: string, publicUrl: string): string {
  return `${sessionId}@${new URL(publicUrl).hostname}`;
}

// Spanish writes "e" for "and" before the sound /i/ (Íñigo, Hilda), not where it starts a
// diphthong (hielo).
function spanishAnd(next: string): string {
  return /^h?[ií](?![aeiouáéíóú])/iu.test(next.trim()) ? 'e' : 'y';
}

// "Mentoring session: Ana and Sam" / "Sesión de mentoría: Ana y Sam" (mentor first).
export function sessionTitle(lang: CalendarLanguage, mentorName: string, menteeName: string) {
  return lang === 'ES'
    ? `Sesión de mentoría: ${mentorName} ${spanishAnd(menteeName)} ${menteeName}`
    : `Mentoring session: ${mentorName} and ${menteeName}`;
}

// "Puente <no-reply@example.org>" → its name and address (for ORGANIZER).
export function parseMailbox(text: string): CalendarPerson {
  const found = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (found) {
    return { name: found[1].trim() || null, email: found[2] };
  }
  return { name: null, email: text.trim() };
}

const person = (p: CalendarPerson) =>
  p.name ? { name: p.name, email: p.email } : { email: p.email };

// The VCALENDAR text, start and end in UTC (every app shows them in its own zone).
export function buildSessionCalendar(event: SessionEvent): string {
  const start = event.startsAt.getTime();
  const attributes: EventAttributes & { timestamp: number } = {
    productId: '-//Puente//Mentoring sessions//EN',
    method: event.method,
    uid: event.uid,
    sequence: event.sequence,
    timestamp: event.stamp.getTime(),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: start + event.durationMinutes * 60_000,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.summary,
    ...(event.description ? { description: event.description } : {}),
    ...(event.url ? { url: event.url } : {}),
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(event.organizer ? { organizer: person(event.organizer) } : {}),
    // Both people agreed on the time; no replies are asked for (the organizer is a
    // no-reply address).
    attendees: event.attendees.map((a) => ({
      ...person(a),
      rsvp: false,
      partstat: 'ACCEPTED' as const,
      role: 'REQ-PARTICIPANT' as const,
    })),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) {
    throw error ?? new Error('could not write the calendar event');
  }
  return value;
}

export type SessionMailKind =
  'SESSION_SCHEDULED' | 'SESSION_MOVED' | 'SESSION_CANCELLED' | 'SESSION_REMINDER';

export type SessionNow = {
  status: SessionStatusName;
  calendarSequence: number;
  startsAt: Date;
  durationMinutes: number;
};

// Whether a message about a session, written when the session's SEQUENCE was
// `noticeSequence`, is still worth sending at `now`. An invitation or reminder that a later
// move or a cancellation overtook is not (its own message follows), nor one for a session
// already over (or, for a reminder, already started). A cancellation always goes: it
// takes the event off the calendar.
export function sessionMailHolds(
  kind: SessionMailKind,
  session: SessionNow,
  noticeSequence: number,
  now: Date,
): boolean {
  if (kind === 'SESSION_CANCELLED') {
    return session.status === 'CANCELLED';
  }
  const current = session.status === 'SCHEDULED' && session.calendarSequence === noticeSequence;
  const start = session.startsAt.getTime();
  const until = kind === 'SESSION_REMINDER' ? start : start + session.durationMinutes * 60_000;
  return current && now.getTime() < until;
}

// The method a mailed message carries, or null for a message without a calendar part (the
// reminder: the event is already in the calendar).
export function calendarMethodOf(kind: SessionMailKind): 'REQUEST' | 'CANCEL' | null {
  switch (kind) {
    case 'SESSION_SCHEDULED':
    case 'SESSION_MOVED':
      return 'REQUEST';
    case 'SESSION_CANCELLED':
      return 'CANCEL';
    case 'SESSION_REMINDER':
      return null;
  }
}
