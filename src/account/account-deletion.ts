// What deleting an account does, as plain rules (no Nest, no database): who hears of it,
// what each live match becomes, which sessions are called off, and what is left of the
// person. The service applies the plan in one transaction.
import type { ErrorReason } from '../common/errors/error-reason';
import type { MatchStatusName, SessionStatusName } from '../common/vocabulary';
import { departureStatus } from '../matches/match-transitions';

// What others see where the person's name was: in both of the program's languages, since
// it is one stored value read by people of either.
export const DELETED_DISPLAY_NAME = 'Deleted account · Cuenta eliminada';

// Why the sessions of a deleted account were called off (a cancelled session states a
// reason), and what replaces the reasons it gave itself: the same two-language rule.
export const DEPARTURE_CANCEL_REASON =
  'The other person closed their account · La otra persona cerró su cuenta';

// Emails are unique and required: a deleted account keeps a placeholder that can never
// receive mail (.invalid is reserved, RFC 2606) and frees the real address.
export const deletedEmail = (id: string) => `deleted-${id}@deleted.invalid`;

export type LiveMatch = {
  id: string;
  cohortId: string;
  mentorId: string;
  menteeId: string;
  status: MatchStatusName;
};

export type DepartureNotice = {
  recipientId: string;
  kind: 'MATCH_PARTNER_LEFT' | 'MATCH_STILL_LOOKING';
  payload: Record<string, unknown>;
};

export type Departure = { match: LiveMatch; to: 'ENDED' | 'EXPIRED'; notices: DepartureNotice[] };

// Each live match of the person who leaves: its new status and who is told.
// - An accepted mentorship ends: the other person hears that their partner left.
// - A waiting proposal lapses. A mentor hears that the mentee proposed to them left; a
//   mentee, who never sees proposals, hears the usual neutral "still looking".
// - Leads see every change among their notices (in the app only).
export function planDepartures(
  leaverId: string,
  matches: readonly LiveMatch[],
  leadIds: readonly string[],
): Departure[] {
  const plan: Departure[] = [];
  for (const match of matches) {
    const to = departureStatus(match.status);
    if (!to || (match.mentorId !== leaverId && match.menteeId !== leaverId)) {
      continue;
    }
    const leaverIsMentor = match.mentorId === leaverId;
    const otherId = leaverIsMentor ? match.menteeId : match.mentorId;
    const payload = {
      matchId: match.id,
      cohortId: match.cohortId,
      mentorId: match.mentorId,
      menteeId: match.menteeId,
      previousStatus: match.status,
    };
    const toOther: DepartureNotice =
      match.status === 'PROPOSED' && leaverIsMentor
        ? // She never saw the proposal: no mentor, no match, as every "still looking".
          {
            recipientId: otherId,
            kind: 'MATCH_STILL_LOOKING',
            payload: { cohortId: match.cohortId },
          }
        : { recipientId: otherId, kind: 'MATCH_PARTNER_LEFT', payload };
    const toLeads = leadIds
      .filter((id) => id !== leaverId && id !== otherId)
      .map((id): DepartureNotice => ({ recipientId: id, kind: 'MATCH_PARTNER_LEFT', payload }));
    plan.push({ match, to, notices: [toOther, ...toLeads] });
  }
  return plan;
}

// A MATCH_PARTNER_LEFT notice is mailed to the pair's remaining person, not to leads.
export const isPartnerOf = (payload: Record<string, unknown>, recipientId: string) =>
  payload.mentorId === recipientId || payload.menteeId === recipientId;

// Sessions still to come are called off (both calendars get the cancellation); past ones
// stay as the record of what happened.
export const sessionsToCancel = <S extends { status: SessionStatusName; startsAt: Date }>(
  sessions: readonly S[],
  now: Date,
): S[] => sessions.filter((s) => s.status === 'SCHEDULED' && s.startsAt.getTime() > now.getTime());

export type DeletionRefusal = { reason: ErrorReason; message: string };

// The program needs someone to run it: the last lead cannot delete their account.
export function checkDeletion(
  person: { role: string },
  otherLeads: number,
): DeletionRefusal | null {
  if (person.role === 'LEAD' && otherLeads === 0) {
    return {
      reason: 'LAST_LEAD',
      message:
        'You are the only lead of this program. Make another person a lead before you delete your account.',
    };
  }
  return null;
}
