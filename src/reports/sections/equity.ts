// Self-identified underrepresented mentees against everyone else: how many, how many were
// matched, how fast, and how they rate their sessions, with small cells suppressed.
import { median } from '../report-maths';
import type { MenteeFactRow } from '../reports.repository';
import { equityRows, guardedAverage } from '../suppression';

const GROUPS = [
  { group: 'Self-identified underrepresented', underrepresented: true },
  { group: 'Everyone else', underrepresented: false },
] as const;

export function equitySection(mentees: readonly MenteeFactRow[]) {
  const groups = GROUPS.map((g) => {
    const rows = mentees.filter((m) => m.underrepresented === g.underrepresented);
    const hours = rows.flatMap((m) => (m.hoursToMatch === null ? [] : [m.hoursToMatch]));
    const ratingCount = rows.reduce((a, m) => a + m.ratingCount, 0);
    const ratingSum = rows.reduce((a, m) => a + m.ratingSum, 0);
    return {
      group: g.group,
      mentees: rows.length,
      matched: hours.length,
      medianHours: median(hours),
      rating: ratingCount === 0 ? null : ratingSum / ratingCount,
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
