// What the pairs do: sessions held, hours, completion and no-show rates, ratings, and the
// pairs leads should check in with (read at the request's time; nothing is flagged here).
import type { CheckInRow } from '../../sessions/sessions.repository';
import type { SessionStatusName } from '../../common/vocabulary';
import type { RatingTotalsRow, SessionCountRow } from '../reports.repository';
import { guardedAverage, round } from '../suppression';

const DAY_MS = 86_400_000;

export function activitySection(
  sessions: readonly SessionCountRow[],
  ratings: RatingTotalsRow,
  checkIns: readonly CheckInRow[],
  matchedPairs: number,
  now: Date,
) {
  const of = (status: SessionStatusName) => sessions.find((s) => s.status === status);
  const completed = of('COMPLETED')?.sessions ?? 0;
  const noShow = of('NO_SHOW')?.sessions ?? 0;
  const met = completed + noShow;
  const averageRating = guardedAverage(
    ratings.count === 0 ? null : ratings.sum / ratings.count,
    ratings.count,
  );
  return {
    completedSessionCount: completed,
    averageRating,
    activity: {
      sessionsPerPair: matchedPairs === 0 ? null : round(completed / matchedPairs, 2),
      mentoringHours: round((of('COMPLETED')?.minutes ?? 0) / 60, 1),
      completionRate: met === 0 ? null : round(completed / met, 3),
      noShowRate: met === 0 ? null : round(noShow / met, 3),
      scheduledSessionCount: of('SCHEDULED')?.sessions ?? 0,
      cancelledSessionCount: of('CANCELLED')?.sessions ?? 0,
      pairsNeedingCheckIn: checkIns.length,
      checkIns: checkIns.map((c) => ({
        matchId: c.id,
        reason: c.reason,
        daysSince: Math.floor(
          (now.getTime() - new Date(c.lastSessionAt ?? c.acceptedAt).getTime()) / DAY_MS,
        ),
      })),
      averageRating,
    },
  };
}
