// Explanations: the breakdown of a match's score and the reasons a mentee is left unmatched.
import type { AvailabilityModel } from './availability-model';
import type { CandidateGraph } from './candidate-graph';
import { type ScoreContext, pairComponents } from './score';
import type { ScoreBreakdown, UnmatchedMentee } from './types';
import type { NormalizedInstance } from './validate-instance';
import { describeOverlap, pairOverlap } from './weekly-overlap';

export function explainMatch(
  instance: NormalizedInstance,
  model: AvailabilityModel,
  ctx: ScoreContext,
  mentee: number,
  mentor: number,
): ScoreBreakdown {
  const weeks = instance.cohort.weeks;
  const overlap = pairOverlap(model.mentors[mentor], model.mentees[mentee], weeks);
  const parts = pairComponents(ctx, instance, mentee, mentor, overlap.minutes);
  return {
    language: round2(parts.language),
    availability: round2(parts.availability),
    interests: round2(parts.interests),
    goals: round2(parts.goals),
    equity: round2(parts.equity),
    overlapMinutesPerWeek: overlap.minutes,
    sharedInterests: parts.sharedInterests,
    overlap: describeOverlap(
      model.mentors[mentor],
      model.mentees[mentee],
      weeks,
      overlap.bindingWeek,
    ),
  };
}

// Why a mentee has no mentor, from the first filter that left no candidate; a mentee with
// feasible mentors lost them to others under the optimal assignment.
export function explainUnmatched(
  graph: CandidateGraph,
  instance: NormalizedInstance,
  mentee: number,
): UnmatchedMentee {
  const compatibleMentors = graph.offsets[mentee + 1] - graph.offsets[mentee];
  const menteeId = instance.mentees[mentee].id;
  if (compatibleMentors > 0) {
    return { menteeId, reasons: ['MENTORS_AT_CAPACITY'], compatibleMentors };
  }
  if (graph.languageCompatible[mentee] === 0) {
    return { menteeId, reasons: ['NO_SHARED_LANGUAGE'], compatibleMentors };
  }
  if (graph.overlapCompatible[mentee] === 0) {
    return { menteeId, reasons: ['NO_AVAILABILITY_OVERLAP'], compatibleMentors };
  }
  return { menteeId, reasons: ['ALL_EXCLUDED'], compatibleMentors };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
