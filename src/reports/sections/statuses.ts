// Match counts by status, read at the request's time: a due proposal counts as EXPIRED
// (effectiveStatus), so the report agrees with every other read before the sweep runs.
import { MATCH_STATUSES, type MatchStatusName } from '../../common/vocabulary';
import { effectiveStatus } from '../../matches/match-transitions';

export type StatusCounts = Record<MatchStatusName, number>;

export const effectiveStatuses = <T extends { status: MatchStatusName; expiresAt: Date }>(
  rows: readonly T[],
  now: Date,
): (T & { status: MatchStatusName })[] =>
  rows.map((r) => ({ ...r, status: effectiveStatus(r, now) }));

export function countByStatus(rows: readonly { status: MatchStatusName }[]): StatusCounts {
  const counts = Object.fromEntries(MATCH_STATUSES.map((s) => [s, 0])) as StatusCounts;
  rows.forEach((r) => counts[r.status]++);
  return counts;
}

export const countIn = (counts: StatusCounts, set: readonly MatchStatusName[]): number =>
  set.reduce((sum, status) => sum + counts[status], 0);
