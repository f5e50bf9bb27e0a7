// The answer links of a proposal email: signed, bound to one match and its mentor, good
// while the proposal waits for an answer (so single use: the first answer ends it, and
// expiring with the proposal). Opening one shows a page; only that page's POST acts.
// Plain TypeScript, no Nest.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MatchStatusName } from '../common/vocabulary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(matchId: string, mentorId: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`puente-answer:${matchId}:${mentorId}`).digest();
}

export function signAnswerToken(matchId: string, mentorId: string, secret: string): string {
  return `${matchId}.${signature(matchId, mentorId, secret).toString('base64url')}`;
}

// The match a token names (to load it), or null when it is not even well formed.
export function answerTokenMatchId(token: string): string | null {
  const dot = token.indexOf('.');
  if (dot < 0 || token.length > 200) {
    return null;
  }
  const id = token.slice(0, dot).toLowerCase();
  return UUID.test(id) ? id : null;
}

// Whether the token was made for this match and this mentor with our secret.
export function answerTokenValid(
  token: string,
  match: { id: string; mentorId: string },
  secret: string,
): boolean {
  if (answerTokenMatchId(token) !== match.id) {
    return false;
  }
  const given = Buffer.from(token.slice(token.indexOf('.') + 1), 'base64url');
  const expected = signature(match.id, match.mentorId, secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type AnswerChoice = 'accept' | 'decline';

export function answerLink(
  choice: AnswerChoice,
  match: { id: string; mentorId: string },
  secret: string,
  publicUrl: string,
): string {
  const token = encodeURIComponent(signAnswerToken(match.id, match.mentorId, secret));
  return `${publicUrl.replace(/\/+$/, '')}/answer?token=${token}&choice=${choice}`;
}

// What a link may still do: answer, or nothing (and why, for the page).
// (COMPLETED and ENDED come only after an acceptance: answered too.)
export type LinkState = 'OPEN' | 'ANSWERED' | 'EXPIRED';

export function linkState(status: MatchStatusName): LinkState {
  switch (status) {
    case 'PROPOSED':
      return 'OPEN';
    case 'ACCEPTED':
    case 'DECLINED':
    case 'COMPLETED':
    case 'ENDED':
      return 'ANSWERED';
    case 'EXPIRED':
      return 'EXPIRED';
  }
}
