// Who may do what: plain functions over plain facts, used by the services for every
// transport (GraphQL operations and fields, REST routes). Each answers with a decision;
// `enforce` (policy-error.ts) turns a refusal into the one error shape.
import type { ErrorReason } from '../errors/error-reason';
import { isOneOf, MENTEE_VISIBLE_STATUSES, type MatchStatusName } from '../vocabulary';

export type Viewer = { id: string; role: 'MENTEE' | 'MENTOR' | 'LEAD' };
export type Pair = { mentorId: string; menteeId: string };
export type Decision =
  | { ok: true }
  | { ok: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: ErrorReason; message: string };

const allow: Decision = { ok: true };
const deny = (reason: ErrorReason, message: string): Decision => ({
  ok: false,
  code: 'FORBIDDEN',
  reason,
  message,
});

export const isLead = (viewer: Viewer | undefined): boolean => viewer?.role === 'LEAD';

export const isParty = (viewer: Viewer | undefined, pair: Pair): boolean =>
  !!viewer && (viewer.id === pair.mentorId || viewer.id === pair.menteeId);

export const loggedIn = (viewer: Viewer | undefined): Decision =>
  viewer
    ? allow
    : {
        ok: false,
        code: 'UNAUTHENTICATED',
        reason: 'UNAUTHENTICATED',
        message: 'You need to log in first.',
      };

// Leads only: `what` completes "Only leads ..." ("see pair rules").
export const leadOnly = (viewer: Viewer | undefined, what = 'may do this'): Decision => {
  if (!viewer) {
    return loggedIn(viewer);
  }
  return isLead(viewer) ? allow : deny('LEAD_ONLY', `Only leads ${what}.`);
};

// A match: leads always, its mentor always, its mentee once a mentor has said yes.
export function canReadMatch(
  viewer: Viewer | undefined,
  match: Pair & { status: MatchStatusName },
): Decision {
  if (!viewer) {
    return loggedIn(viewer);
  }
  if (isLead(viewer) || viewer.id === match.mentorId) {
    return allow;
  }
  if (viewer.id === match.menteeId) {
    return isOneOf(MENTEE_VISIBLE_STATUSES, match.status)
      ? allow
      : deny('NOT_YOUR_MATCH', 'You will see this match once your mentor accepts it.');
  }
  return deny('NOT_YOUR_MATCH', 'This match is not yours.');
}

// Sessions are read by the two people and leads, and changed by the two people only.
export const canReadSession = (viewer: Viewer | undefined, session: Pair): Decision =>
  !viewer
    ? loggedIn(viewer)
    : isLead(viewer) || isParty(viewer, session)
      ? allow
      : deny('NOT_A_PARTY', 'This session is not yours.');

export const canActOnPair = (
  viewer: Viewer | undefined,
  pair: Pair,
  message = 'Only the two people of a match may do this.',
): Decision =>
  !viewer ? loggedIn(viewer) : isParty(viewer, pair) ? allow : deny('NOT_A_PARTY', message);

// A profile: the person and leads.
export const canReadProfile = (viewer: Viewer | undefined, participantId: string): Decision =>
  !viewer
    ? loggedIn(viewer)
    : viewer.id === participantId || isLead(viewer)
      ? allow
      : deny('NOT_YOUR_PROFILE', 'You can only see your own profile.');

// An email: the person, leads, and the other person of a match they may both read.
export const canReadEmail = (
  viewer: Viewer | undefined,
  participantId: string,
  contacts: ReadonlySet<string>,
): Decision =>
  !viewer
    ? deny('PRIVATE_FIELD', "You cannot see this participant's email.")
    : viewer.id === participantId || isLead(viewer) || contacts.has(participantId)
      ? allow
      : deny('PRIVATE_FIELD', "You cannot see this participant's email.");

// Self-identification is the person's alone: not leads, not the mentor.
export const canReadSelfIdentification = (
  viewer: Viewer | undefined,
  participantId: string,
): Decision =>
  viewer?.id === participantId
    ? allow
    : deny('PRIVATE_FIELD', 'Self-identification is private to each person.');

// Feedback: leads read it all; its author reads their own.
export const canReadFeedbackAuthor = (viewer: Viewer | undefined, authorId: string): Decision =>
  isLead(viewer) || viewer?.id === authorId
    ? allow
    : deny('LEAD_ONLY', 'Only leads see who wrote feedback.');

// A cohort: leads, anyone while it is open, and its members.
export const canSeeCohort = (
  viewer: Viewer | undefined,
  cohort: { status: string },
  isMember: boolean,
): boolean => isLead(viewer) || cohort.status === 'OPEN' || isMember;
