// What the dispatcher sends one of the two people of a session: the letter's data and the
// calendar part, loaded at sending time, or null when a later move or cancellation
// overtook the notice (session-calendar.ts, sessionMailHolds). No Nest: the dispatcher
// passes its manager and settings in.
import type { EntityManager } from 'typeorm';
import { CONTACT_STATUSES, isOneOf } from '../common/vocabulary';
import { findMatch } from '../matches/matches.repository';
import type { ParticipantEntity } from '../participants/participant.entity';
import { findParticipantsByIds } from '../participants/participants.repository';
import {
  buildSessionCalendar,
  calendarMethodOf,
  calendarUid,
  parseMailbox,
  sessionMailHolds,
  sessionTitle,
  type SessionMailKind,
} from '../sessions/session-calendar';
import { findSession } from '../sessions/sessions.repository';
import type { CalendarPart } from './mail-transport';
import type { MessageData, SessionMailData } from './messages';

export type SessionMailSettings = { publicUrl: string; mailFrom: string };

export async function sessionMailData(
  m: EntityManager,
  kind: SessionMailKind,
  payload: Record<string, unknown>,
  recipient: ParticipantEntity,
  now: Date,
  settings: SessionMailSettings,
): Promise<SessionMailData | null> {
  const { sessionId, sequence, byId, previousStartsAt } = payload;
  if (typeof sessionId !== 'string' || typeof sequence !== 'number') {
    return null;
  }
  const session = await findSession(m, sessionId);
  if (!session || !sessionMailHolds(kind, session, sequence, now)) {
    return null;
  }
  const [people, match] = await Promise.all([
    findParticipantsByIds(m, [session.mentorId, session.menteeId]),
    findMatch(m, session.matchId, now),
  ]);
  const mentor = people.find((p) => p.id === session.mentorId);
  const mentee = people.find((p) => p.id === session.menteeId);
  if (!mentor || !mentee || (recipient.id !== mentor.id && recipient.id !== mentee.id)) {
    return null;
  }
  const other = recipient.id === mentor.id ? mentee : mentor;
  // The other person's address goes into the invitation only while the two may see it.
  const contact = !!match && isOneOf(CONTACT_STATUSES, match.status);
  const method = calendarMethodOf(kind);
  const organizer = parseMailbox(settings.mailFrom);
  const calendar: CalendarPart | null = method && {
    method,
    content: buildSessionCalendar({
      method,
      uid: calendarUid(session.id, settings.publicUrl),
      sequence: session.calendarSequence,
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      summary: sessionTitle(recipient.preferredLanguage, mentor.displayName, mentee.displayName),
      description: session.agenda,
      url: `${settings.publicUrl}/calendar`,
      organizer: { name: organizer.name ?? 'Puente', email: organizer.email },
      attendees: [mentor, mentee]
        .filter((p: ParticipantEntity) => p.id === recipient.id || contact)
        .map((p) => ({ name: p.displayName, email: p.email })),
      cancelled: method === 'CANCEL',
      stamp: now,
    }),
  };
  return {
    kind,
    otherName: other.displayName,
    byReader: byId === recipient.id,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    previousStartsAt:
      kind === 'SESSION_MOVED' && typeof previousStartsAt === 'string'
        ? new Date(previousStartsAt)
        : null,
    agenda: session.agenda,
    reason: kind === 'SESSION_CANCELLED' ? session.cancelReason : null,
    calendar,
  };
}

// The calendar part of a message, if it has one.
export const calendarOf = (data: MessageData): CalendarPart | undefined =>
  'calendar' in data ? (data.calendar ?? undefined) : undefined;
