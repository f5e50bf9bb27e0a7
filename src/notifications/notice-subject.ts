// Whom a notice is about, as far as its reader may know: the names shown beside a notice
// in the app. Plain TypeScript, no Nest. A mentee never learns who was proposed to her
// before a mentor accepts (a "still looking" notice names nobody); the two people of a
// match see each other; leads see both.
import type { NotificationKind } from './notification.entity';

export type NoticeParties = { mentorId: string | null; menteeId: string | null };

// Kinds about a proposal: a mentee may not learn whom they concern.
const PROPOSAL_KINDS: readonly string[] = [
  'MATCH_PROPOSED',
  'MATCH_DECLINED',
  'MATCH_EXPIRED',
  'MATCH_REMINDER',
  'MATCH_STILL_LOOKING',
];

// Kinds that name nobody: account mail, and a failed delivery (its payload names the person).
const NAMELESS: readonly string[] = ['VERIFY_EMAIL', 'PASSWORD_RESET', 'MAIL_FAILED'];

export function visiblePeople(
  kind: string,
  parties: NoticeParties,
  reader: { id: string; role: 'MENTEE' | 'MENTOR' | 'LEAD' },
): string[] {
  if (NAMELESS.includes(kind) || (!parties.mentorId && !parties.menteeId)) {
    return [];
  }
  if (reader.id === parties.mentorId) {
    return parties.menteeId ? [parties.menteeId] : [];
  }
  if (reader.id === parties.menteeId) {
    return PROPOSAL_KINDS.includes(kind) || !parties.mentorId ? [] : [parties.mentorId];
  }
  if (reader.role === 'LEAD') {
    return [parties.mentorId, parties.menteeId].filter((id): id is string => !!id);
  }
  return [];
}

// A mentor's own proposal notices are read once the proposal is answered: they no longer
// ask for anything.
export const ANSWERED_PROPOSAL_KINDS: readonly NotificationKind[] = [
  'MATCH_PROPOSED',
  'MATCH_REMINDER',
];
