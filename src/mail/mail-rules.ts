// The rules of the email outbox: which notices are emailed, when a failed one is tried
// again, and how a message is named. Plain TypeScript, no Nest, no database.
import type { NotificationKind } from '../notifications/notification.entity';

export type OutboxNotice = {
  recipientId: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
};

// A MATCH_EXPIRED notice goes to the mentor and to every lead; only the mentor's is emailed.
// The mentee hears of an acceptance, and of a decline or expiry only as MATCH_STILL_LOOKING.
// Sessions are mailed to each of the two people (with the calendar invitation or
// cancellation), except a past session that is only logged (SESSION_LOGGED).
export function isEmailed(notice: OutboxNotice): boolean {
  switch (notice.kind) {
    case 'MATCH_PROPOSED':
    case 'VERIFY_EMAIL':
    case 'PASSWORD_RESET':
    case 'MATCH_STILL_LOOKING':
    case 'CHECK_IN_NUDGE':
    case 'MAIL_FAILED':
    case 'MATCH_REMINDER':
    case 'SESSION_SCHEDULED':
    case 'SESSION_MOVED':
    case 'SESSION_CANCELLED':
    case 'SESSION_REMINDER':
      return true;
    case 'MATCH_EXPIRED':
      return notice.payload.mentorId === notice.recipientId;
    case 'MATCH_ACCEPTED':
      return notice.payload.menteeId === notice.recipientId;
    // To the pair's remaining person; leads see it in the app.
    case 'MATCH_PARTNER_LEFT':
      return (
        notice.payload.mentorId === notice.recipientId ||
        notice.payload.menteeId === notice.recipientId
      );
    case 'MATCH_DECLINED':
    case 'MATCH_ENDED':
    case 'MATCH_COMPLETED':
    case 'SESSION_LOGGED':
    case 'CHECK_IN_NEEDED':
      return false;
  }
}

// How many rows one dispatch claims, and how long a claim holds them: a server killed
// mid-batch leaves its rows to be claimed again once the lease has run out.
export const DISPATCH_BATCH = 20;
export const CLAIM_LEASE_MS = 2 * 60_000;

// After the n-th failed attempt (1-based) the next one waits this long; after the last
// the row is FAILED.
const MINUTE = 60_000;
export const RETRY_DELAYS_MS: readonly number[] = [
  1 * MINUTE,
  5 * MINUTE,
  30 * MINUTE,
  2 * 60 * MINUTE,
  8 * 60 * MINUTE,
];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export type AfterFailure = { kind: 'retry'; at: Date } | { kind: 'failed' };

export function afterFailure(attempts: number, now: Date): AfterFailure {
  if (attempts >= MAX_ATTEMPTS) {
    return { kind: 'failed' };
  }
  const delay = RETRY_DELAYS_MS[Math.max(0, attempts - 1)];
  return { kind: 'retry', at: new Date(now.getTime() + delay) };
}

// Stable across retries and instances: a message sent twice (a crash after sending, before
// marking) carries the same Message-ID, so mail clients show it once.
export function messageId(notificationId: string, publicUrl: string): string {
  return `<${notificationId}@puente.${new URL(publicUrl).hostname}>`;
}

// What the row keeps of a failure: short, one line, without credentials of an SMTP URL.
export function shortError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .replace(/\b(smtps?:\/\/)[^@\s/]*@/gi, '$1***@')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}
