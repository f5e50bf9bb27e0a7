// Who takes part: mentees and mentors by language group and UTC-offset band, and the
// places mentors offer, hold and have pending (the one capacity rule, capacity.ts).
import { placesHeld } from '../../matches/capacity';
import type { MatchStatusName } from '../../common/vocabulary';
import { LANGUAGE_GROUPS, languageGroup, OFFSET_BANDS, offsetBand } from '../report-maths';
import type { MemberGroupRow } from '../reports.repository';
import { labelledCells } from './cells';

export function participationSection(
  members: readonly MemberGroupRow[],
  matches: readonly { status: MatchStatusName }[],
) {
  const mentees = members.filter((r) => r.role === 'MENTEE');
  const mentors = members.filter((r) => r.role === 'MENTOR');
  const byLanguage = (rows: readonly MemberGroupRow[]) =>
    labelledCells(
      LANGUAGE_GROUPS,
      rows.map((r): [string, number] => [languageGroup(r.languages), r.people]),
    );
  const byOffset = (rows: readonly MemberGroupRow[]) =>
    labelledCells(
      OFFSET_BANDS,
      rows.map((r): [string, number] => [offsetBand(r.offsetHours), r.people]),
    );
  const held = placesHeld(matches.map((m) => m.status));
  const pending = matches.filter((m) => m.status === 'PROPOSED').length;
  return {
    menteeCount: mentees.reduce((a, r) => a + r.people, 0),
    mentorCount: mentors.reduce((a, r) => a + r.people, 0),
    participation: {
      menteesByLanguage: byLanguage(mentees),
      mentorsByLanguage: byLanguage(mentors),
      menteesByOffset: byOffset(mentees),
      mentorsByOffset: byOffset(mentors),
      capacityOffered: mentors.reduce((a, r) => a + r.capacity, 0),
      // Places held (PROPOSED, ACCEPTED, COMPLETED) split into answered and awaiting an answer.
      capacityUsed: held - pending,
      capacityPending: pending,
    },
  };
}
