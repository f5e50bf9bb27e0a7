// The equity part of the score may break ties and tilt close calls, never outweigh the rest:
// its weight is at most an eighth of the other weights together (the default, 0.5 against
// 1 + 1 + 1 + 1, sits at the bound). It is a cohort setting fixed when the cohort opens, so
// no two runs of a cohort can differ only in it (comparing them would single people out).
import type { ScoreWeights } from './types';

export const EQUITY_MAX_RATIO = 1 / 8;

export const otherWeightsSum = (w: ScoreWeights): number =>
  w.language + w.availability + w.interests + w.goals;

// The largest equity weight the other weights allow.
export const maxEquityWeight = (w: ScoreWeights): number => otherWeightsSum(w) * EQUITY_MAX_RATIO;

// Why these weights give equity too much say, or null when they do not.
export function equityBoundError(w: ScoreWeights): string | null {
  if (w.equity < 0) {
    return 'must not be negative';
  }
  if (w.equity > 0 && w.equity > maxEquityWeight(w) + 1e-9) {
    return `must be at most an eighth of the other weights together (at most ${
      Math.floor(maxEquityWeight(w) * 1000) / 1000
    } with these weights), so that it breaks ties but never outweighs the rest`;
  }
  return null;
}
