// From proposal to the end of a pair: counts by status, declines by reason, and the median
// time a mentor took to answer.
import {
  DECLINE_REASONS,
  MATCH_STATUSES,
  MATCHED_STATUSES,
  type MatchStatusName,
} from '../../common/vocabulary';
import { median } from '../report-maths';
import { round } from '../suppression';
import { labelledCells } from './cells';
import { countByStatus, countIn } from './statuses';

export type FunnelMatch = {
  status: MatchStatusName;
  declineReason: string | null;
  hoursToAnswer: number | null;
};

export function funnelSection(matches: readonly FunnelMatch[]) {
  const counts = countByStatus(matches);
  const answered = matches.flatMap((m) => (m.hoursToAnswer === null ? [] : [m.hoursToAnswer]));
  const hours = median(answered);
  return {
    matchesByStatus: MATCH_STATUSES.map((status) => ({ status, count: counts[status] })),
    funnel: {
      proposed: matches.length,
      accepted: countIn(counts, MATCHED_STATUSES),
      declined: counts.DECLINED,
      expired: counts.EXPIRED,
      completed: counts.COMPLETED,
      ended: counts.ENDED,
      declinedByReason: labelledCells(
        DECLINE_REASONS,
        matches
          .filter((m) => m.status === 'DECLINED' && m.declineReason !== null)
          .map((m): [string, number] => [m.declineReason ?? '', 1]),
      ),
      medianHoursToAnswer: hours === null ? null : round(hours, 1),
    },
  };
}
