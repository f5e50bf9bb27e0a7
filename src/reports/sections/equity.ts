// Self-identified underrepresented mentees against everyone else: how many, how many were
// matched, how fast, and how they rate their sessions, with small cells suppressed.
import { median } from '../report-maths';
import type { MenteeGroupRow } from '../reports.repository';
import { equityRows, guardedAverage } from '../suppression';

const GROUPS = [
  { group: 'Self-identified underrepresented', underrepresented: true },
  { group: 'Everyone else', underrepresented: false },
] as const;

export function equitySection(mentees: readonly MenteeGroupRow[]) {
  const groups = GROUPS.map((g) => {
    const row = mentees.find((m) => m.underrepresented === g.underrepresented);
    const hours = row?.hoursToMatch ?? [];
    const ratingCount = row?.ratingCount ?? 0;
    return {
      group: g.group,
      mentees: row?.mentees ?? 0,
      matched: hours.length,
      medianHours: median(hours),
      rating: ratingCount === 0 ? null : (row?.ratingSum ?? 0) / ratingCount,
      ratingCount,
    };
  });
  const rows = equityRows(groups);
  return {
    matchedMenteeCount: groups.reduce((a, g) => a + g.matched, 0),
    equity: rows.map((row, i) => ({
      group: row.group,
      mentees: row.mentees,
      matched: row.matched,
      matchRate: row.matchRate,
      medianHoursToMatch:
        row.matchedCount === null ? null : guardedAverage(groups[i].medianHours, groups[i].matched),
      averageRating:
        row.menteeCount === null ? null : guardedAverage(groups[i].rating, groups[i].ratingCount),
    })),
  };
}
