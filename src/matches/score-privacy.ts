// Self-identification as underrepresented is private to the mentee: nobody else (mentor,
// lead, CSV, notification) may read it, not even through the equity part of a score or a
// score that includes it. Everyone but the mentee sees the score as if the equity part were
// zero, recomputed the same way for every pair so that nothing tells the two cases apart.

import type { ScoreComponents } from '../matching/engine/score';
import type { ScoreWeights } from '../matching/engine/types';

export type { ScoreWeights };
export type ScoreParts = ScoreComponents;

// The engine's formula (score out of 1000 over the sum of all weights) without the equity term.
export function scoreWithoutEquity(parts: ScoreParts, weights: ScoreWeights): number {
  const total =
    weights.language + weights.availability + weights.interests + weights.goals + weights.equity;
  if (total <= 0) {
    return 0;
  }
  const sum =
    weights.language * parts.language +
    weights.availability * parts.availability +
    weights.interests * parts.interests +
    weights.goals * parts.goals;
  return Math.round((1000 * sum) / total);
}

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
