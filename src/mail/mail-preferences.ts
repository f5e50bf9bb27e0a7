// Which kinds of email a person may turn off, and the one-click unsubscribe links
// (RFC 8058) that turn one off without a login. Plain TypeScript, no Nest.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotificationKind } from '../notifications/notification.entity';

// Proposals (and their reminders and expiry) and account security are always sent: a
// program cannot run if mentors miss proposals, nor a person recover an account.
export const EMAIL_CATEGORIES = [
  'PROPOSALS',
  'ACCOUNT',
  'MATCH_UPDATES',
  'SESSIONS',
  'PROGRAM',
] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

export const OPTIONAL_CATEGORIES = ['MATCH_UPDATES', 'SESSIONS', 'PROGRAM'] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

export const isOptional = (c: EmailCategory): c is OptionalCategory =>
  (OPTIONAL_CATEGORIES as readonly string[]).includes(c);

export function categoryOf(kind: NotificationKind): EmailCategory {
  switch (kind) {
    case 'MATCH_PROPOSED':
    case 'MATCH_REMINDER':
    case 'MATCH_EXPIRED':
      return 'PROPOSALS';
    case 'VERIFY_EMAIL':
    case 'PASSWORD_RESET':
      return 'ACCOUNT';
    case 'MATCH_ACCEPTED':
    case 'MATCH_DECLINED':
    case 'MATCH_STILL_LOOKING':
    case 'CHECK_IN_NUDGE':
    case 'MATCH_ENDED':
    case 'MATCH_PARTNER_LEFT':
    case 'MATCH_COMPLETED':
    case 'CHECK_IN_NEEDED':
      return 'MATCH_UPDATES';
    case 'SESSION_SCHEDULED':
    case 'SESSION_MOVED':
    case 'SESSION_CANCELLED':
    case 'SESSION_REMINDER':
    case 'SESSION_LOGGED':
      return 'SESSIONS';
    case 'MAIL_FAILED':
      return 'PROGRAM';
  }
}

// The stored choices: only the categories a person turned off are listed.
export type EmailPreferences = { off: OptionalCategory[] };

export const wants = (prefs: EmailPreferences, kind: NotificationKind): boolean => {
  const category = categoryOf(kind);
  return !isOptional(category) || !prefs.off.includes(category);
};

export function withCategory(
  prefs: EmailPreferences,
  category: OptionalCategory,
  on: boolean,
): EmailPreferences {
  const off = new Set(prefs.off);
  if (on) {
    off.delete(category);
  } else {
    off.add(category);
  }
  return { off: OPTIONAL_CATEGORIES.filter((c) => off.has(c)) };
}

// The stored value, whatever it holds, read safely.
export function readPreferences(raw: unknown): EmailPreferences {
  const off =
    raw && typeof raw === 'object' && Array.isArray((raw as { off?: unknown }).off)
      ? (raw as { off: unknown[] }).off
      : [];
  return { off: OPTIONAL_CATEGORIES.filter((c) => off.includes(c)) };
}

function signature(participantId: string, category: string, secret: string): Buffer {
  return createHmac('sha256', secret)
    .update(`puente-unsubscribe:${participantId}:${category}`)
    .digest();
}

// `<participant id>.<category>.<signature>`: names the person and the kind of email.
export function unsubscribeToken(
  participantId: string,
  category: OptionalCategory,
  secret: string,
): string {
  return `${participantId}.${category}.${signature(participantId, category, secret).toString('base64url')}`;
}

export function readUnsubscribeToken(
  token: string,
  secret: string,
): { participantId: string; category: OptionalCategory } | null {
  const parts = token.length <= 300 ? token.split('.') : [];
  if (parts.length !== 3) {
    return null;
  }
  const [participantId, category, sig] = parts;
  if (!/^[0-9a-f-]{36}$/.test(participantId) || !isOptional(category as EmailCategory)) {
    return null;
  }
  const given = Buffer.from(sig, 'base64url');
  const expected = signature(participantId, category, secret);
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? { participantId, category: category as OptionalCategory }
    : null;
}

// The footer link (a page that confirms) and the List-Unsubscribe target (RFC 8058: a
// POST with "List-Unsubscribe=One-Click" turns it off at once, no page).
export function unsubscribeUrls(
  participantId: string,
  category: OptionalCategory,
  secret: string,
  publicUrl: string,
): { page: string; oneClick: string } {
  const base = publicUrl.replace(/\/+$/, '');
  const token = encodeURIComponent(unsubscribeToken(participantId, category, secret));
  return {
    page: `${base}/unsubscribe?token=${token}`,
    oneClick: `${base}/email/unsubscribe?token=${token}`,
  };
}
