// The one vocabulary of statuses and the sets that rules are written in. SQL receives these
// sets as parameters (`status = ANY($1)`); no module copies them as string literals.

export const MATCH_STATUSES = [
  'PROPOSED',
  'ACCEPTED',
  'DECLINED',
  'EXPIRED',
  'COMPLETED',
  'ENDED',
] as const;
export type MatchStatusName = (typeof MATCH_STATUSES)[number];

// A mentor's place in a cohort is held by these; DECLINED, EXPIRED and ENDED free it
// (capacity.ts is the rule; the database's trigger and CHECK enforce the same set).
export const PLACE_HOLDING_STATUSES: readonly MatchStatusName[] = [
  'PROPOSED',
  'ACCEPTED',
  'COMPLETED',
];
// A mentee with one of these is not matched again in the cohort (the same set: a mentee
// holds one mentor's place at a time).
export const SETTLED_STATUSES: readonly MatchStatusName[] = PLACE_HOLDING_STATUSES;
// Matches that are still going on: a proposal waiting for an answer, or an accepted pair.
export const LIVE_STATUSES: readonly MatchStatusName[] = ['PROPOSED', 'ACCEPTED'];
// A pair that ended like this in a cohort is never proposed again in that cohort.
export const CLOSED_PAIR_STATUSES: readonly MatchStatusName[] = ['DECLINED', 'EXPIRED', 'ENDED'];
// Pairs that worked together: not proposed again in a later cohort unless it allows it.
export const PAST_PAIR_STATUSES: readonly MatchStatusName[] = ['ACCEPTED', 'COMPLETED', 'ENDED'];
// What a mentee may see of her own matches: only once a mentor has said yes.
export const MENTEE_VISIBLE_STATUSES: readonly MatchStatusName[] = [
  'ACCEPTED',
  'COMPLETED',
  'ENDED',
];
// A mentee counts as matched once a mentor accepted, whatever happened after.
export const MATCHED_STATUSES: readonly MatchStatusName[] = MENTEE_VISIBLE_STATUSES;
// The two people of a match in one of these see each other's email, so they can meet.
export const CONTACT_STATUSES: readonly MatchStatusName[] = ['ACCEPTED', 'COMPLETED'];

export const SESSION_STATUSES = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;
export type SessionStatusName = (typeof SESSION_STATUSES)[number];
// Sessions that occupy both people's time (a booking must not overlap them).
export const BUSY_SESSION_STATUSES: readonly SessionStatusName[] = ['SCHEDULED', 'COMPLETED'];
// Sessions that took place, for "has the pair met" (check-ins).
export const MET_SESSION_STATUSES: readonly SessionStatusName[] = ['COMPLETED'];

export const DECLINE_REASONS = ['NO_TIME', 'NOT_MY_EXPERTISE', 'LANGUAGE', 'OTHER'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const ROLES = ['MENTEE', 'MENTOR', 'LEAD'] as const;
export type RoleName = (typeof ROLES)[number];

export const isOneOf = <T extends string>(set: readonly T[], value: string): value is T =>
  (set as readonly string[]).includes(value);

// The email side of a notification (the outbox). NULL in the table: the notice is not emailed.
// PENDING rows are sent when due (a claimed one carries a lease in email_next_at); SKIPPED
// ones were no longer worth sending (the proposal was answered before the mail went out).
export const EMAIL_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type EmailStatusName = (typeof EMAIL_STATUSES)[number];
// Rows the dispatcher may claim once their next time has come.
export const DUE_EMAIL_STATUSES: readonly EmailStatusName[] = ['PENDING'];
