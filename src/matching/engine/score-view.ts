// Self-identification as underrepresented is private to the mentee: nobody else (mentor,
// lead, CSV, notification, report) may read it, not even through the equity part of a
// score or a score that includes it. Everyone but the mentee sees the score as if the
// equity part were zero, computed by the engine's one formula (score.ts).
import { scoreWithoutEquity, type ScoreComponents } from './score';
import type { ScoreWeights } from './types';

export { scoreWithoutEquity };
export type ScoreParts = ScoreComponents;

// What a viewer may see of a pair's score and breakdown.
export function scoreFor<P extends ScoreParts>(
  viewerId: string | undefined,
  pair: { menteeId: string; score: number; breakdown: P },
  weights: ScoreWeights,
): { score: number; breakdown: P } {
  if (viewerId === pair.menteeId) {
    return { score: pair.score, breakdown: pair.breakdown };
  }
  return {
    score: scoreWithoutEquity(pair.breakdown, weights),
    breakdown: { ...pair.breakdown, equity: 0 },
  };
}
