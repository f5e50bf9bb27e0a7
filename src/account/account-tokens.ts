// The links mailed for account security (verify an address, reset a password): what they
// carry, how long they last, and when one may still act. Plain TypeScript, no Nest.
//
// A link carries the id of its account_token row and an HMAC of that id and its purpose
// with the server's secret: the database keeps no secret, a guessed or altered id fails
// the signature before any query, and a link for one purpose is useless for the other.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOKEN_PURPOSES = ['VERIFY_EMAIL', 'RESET_PASSWORD'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

const HOUR = 60 * 60_000;
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  VERIFY_EMAIL: 48 * HOUR,
  RESET_PASSWORD: 1 * HOUR,
};

// Where each link opens in the client.
export const TOKEN_PAGES: Record<TokenPurpose, string> = {
  VERIFY_EMAIL: '/verify-email',
  RESET_PASSWORD: '/reset-password',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(purpose: TokenPurpose, id: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`puente-account-token:${purpose}:${id}`).digest();
}

export function signToken(purpose: TokenPurpose, id: string, secret: string): string {
  return `${id}.${signature(purpose, id, secret).toString('base64url')}`;
}

// The row id a well-signed link names, or null (malformed, altered, other purpose).
export function readToken(purpose: TokenPurpose, token: string, secret: string): string | null {
  const dot = token.indexOf('.');
  if (dot < 0 || token.length > 200) {
    return null;
  }
  const id = token.slice(0, dot).toLowerCase();
  if (!UUID.test(id)) {
    return null;
  }
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = signature(purpose, id, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

export function tokenLink(
  purpose: TokenPurpose,
  id: string,
  secret: string,
  publicUrl: string,
): string {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}${TOKEN_PAGES[purpose]}?token=${encodeURIComponent(signToken(purpose, id, secret))}`;
}

export type TokenRow = {
  id: string;
  participantId: string;
  purpose: TokenPurpose;
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
};

export type TokenState = 'VALID' | 'USED' | 'EXPIRED' | 'INVALID';

// `currentEmail`: the account's address now. A link mailed to an address the account no
// longer has proves nothing about it (and null: the account is gone).
export function tokenState(
  row: TokenRow | null,
  currentEmail: string | null,
  now: Date,
): TokenState {
  if (!row || currentEmail === null || row.email !== currentEmail) {
    return 'INVALID';
  }
  if (row.usedAt) {
    return 'USED';
  }
  return row.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'VALID';
}

export const expiresAt = (purpose: TokenPurpose, now: Date): Date =>
  new Date(now.getTime() + TOKEN_TTL_MS[purpose]);
