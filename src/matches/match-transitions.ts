// The match lifecycle, the one place that says who may move a match where.
// PROPOSED → ACCEPTED | DECLINED (the match's mentor) | EXPIRED (the clock);
// ACCEPTED → COMPLETED | ENDED (a lead or either party). Nothing else.
import type { ErrorReason } from '../common/errors/error-reason';
import {
  DECLINE_REASONS,
  isOneOf,
  MENTEE_VISIBLE_STATUSES,
  type DeclineReason,
  type MatchStatusName,
} from '../common/vocabulary';

export { MATCH_STATUSES, DECLINE_REASONS } from '../common/vocabulary';
export type { MatchStatusName, DeclineReason } from '../common/vocabulary';

export type Actor = { id: string; role: 'MENTEE' | 'MENTOR' | 'LEAD' } | 'SYSTEM';
export type MatchParties = { status: MatchStatusName; mentorId: string; menteeId: string };

export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: ErrorReason; message: string };

export const TRANSITIONS: readonly (readonly [MatchStatusName, MatchStatusName])[] = [
  ['PROPOSED', 'ACCEPTED'],
  ['PROPOSED', 'DECLINED'],
  ['PROPOSED', 'EXPIRED'],
  ['ACCEPTED', 'COMPLETED'],
  ['ACCEPTED', 'ENDED'],
];

export const isTransition = (from: MatchStatusName, to: MatchStatusName) =>
  TRANSITIONS.some(([f, t]) => f === from && t === to);

const isParty = (actor: Exclude<Actor, 'SYSTEM'>, m: MatchParties) =>
  actor.id === m.mentorId || actor.id === m.menteeId;

export function checkTransition(
  m: MatchParties,
  to: MatchStatusName,
  actor: Actor,
): TransitionCheck {
  if (!isTransition(m.status, to)) {
    return {
      ok: false,
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      message: `A ${m.status.toLowerCase()} match cannot become ${to.toLowerCase()}.`,
    };
  }
  if (to === 'EXPIRED') {
    return actor === 'SYSTEM'
      ? { ok: true }
      : {
          ok: false,
          code: 'FORBIDDEN',
          reason: 'NOT_ALLOWED',
          message: 'Only the clock expires a proposal.',
        };
  }
  if (actor === 'SYSTEM') {
    return {
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_ALLOWED',
      message: 'This change needs a person.',
    };
  }
  if (to === 'ACCEPTED' || to === 'DECLINED') {
    return actor.id === m.mentorId
      ? { ok: true }
      : {
          ok: false,
          code: 'FORBIDDEN',
          reason: 'NOT_THE_MENTOR',
          message: "Only the proposal's mentor can accept or decline it.",
        };
  }
  // COMPLETED or ENDED
  return actor.role === 'LEAD' || isParty(actor, m)
    ? { ok: true }
    : {
        ok: false,
        code: 'FORBIDDEN',
        reason: 'NOT_A_PARTY',
        message: 'Only a lead or the two people of the match can end or complete it.',
      };
}

export type ReasonCheck =
  | { ok: true; reason: DeclineReason; note: string | null }
  | { ok: false; field: 'reason' | 'note'; message: string };

// A person who deletes their account leaves every live match at once: an accepted
// mentorship ends, and a proposal still waiting lapses as an unanswered one does (no
// decline reason is made up for it). Settled and closed matches stay as they are.
export function departureStatus(status: MatchStatusName): 'ENDED' | 'EXPIRED' | null {
  switch (status) {
    case 'ACCEPTED':
      return 'ENDED';
    case 'PROPOSED':
      return 'EXPIRED';
    case 'DECLINED':
    case 'EXPIRED':
    case 'COMPLETED':
    case 'ENDED':
      return null;
  }
}

// A decline names one of the fixed reasons; OTHER needs a few words.
export function checkDeclineReason(
  reason: string | null | undefined,
  note: string | null | undefined,
): ReasonCheck {
  const r = (reason ?? '')
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (!(DECLINE_REASONS as readonly string[]).includes(r)) {
    return { ok: false, field: 'reason', message: `choose one of ${DECLINE_REASONS.join(', ')}` };
  }
  const text = note?.trim() ? note.trim() : null;
  if (text && text.length > 500) {
    return { ok: false, field: 'note', message: 'must be at most 500 characters' };
  }
  if (r === 'OTHER' && !text) {
    return {
      ok: false,
      field: 'note',
      message: 'say in a few words why, when the reason is OTHER',
    };
  }
  return { ok: true, reason: r as DeclineReason, note: text };
}

// When an unanswered proposal expires, and whether it has.
export const expiresAt = (proposedAt: Date, expiryDays: number) =>
  new Date(proposedAt.getTime() + expiryDays * 24 * 60 * 60 * 1000);

// An unanswered proposal reminds its mentor once, this long before it expires; one made
// closer to its expiry than that needs no reminder (its own mail is recent).
export const REMINDER_BEFORE_EXPIRY_MS = 48 * 60 * 60_000;

export function reminderDue(
  m: { status: MatchStatusName; proposedAt: Date; expiresAt: Date; remindedAt: Date | null },
  now: Date,
): boolean {
  const remindFrom = m.expiresAt.getTime() - REMINDER_BEFORE_EXPIRY_MS;
  return (
    m.status === 'PROPOSED' &&
    m.remindedAt === null &&
    m.proposedAt.getTime() <= remindFrom &&
    remindFrom <= now.getTime() &&
    now.getTime() < m.expiresAt.getTime()
  );
}

export const isExpired = (m: { status: MatchStatusName; expiresAt: Date }, now: Date) =>
  m.status === 'PROPOSED' && m.expiresAt.getTime() <= now.getTime();

// Reads derive expiry instead of writing it: a proposal past its time reads as EXPIRED at
// `now` (the background sweep writes the change, its history and notices later).
export const effectiveStatus = (
  m: { status: MatchStatusName; expiresAt: Date },
  now: Date,
): MatchStatusName => (isExpired(m, now) ? 'EXPIRED' : m.status);

export const menteeMaySee = (status: MatchStatusName) => isOneOf(MENTEE_VISIBLE_STATUSES, status);
