// The matching engine's public surface: plain functions over plain types, no framework.
//   const result = matchInstance(instance);            // MatchResult, as the CLI prints it
//   catch (e) { if (e instanceof InstanceValidationError) e.issues /* record, field, message */ }
export { matchInstance, prepareMatching, runMatching } from './match-instance';
export type { MatchingPhase, MatchingRun, PreparedMatching, RunOptions } from './match-instance';
export { parseInstance, validateInstance } from './validate-instance';
export type { NormalizedInstance } from './validate-instance';
export { InstanceValidationError, formatIssue } from './instance-validation-error';
export type { ValidationIssue } from './instance-validation-error';
export { assignOptimal } from './assign';
export type { AssignmentProblem, AssignmentSolution } from './assign';
export { assignGreedy } from './greedy-assign';
export { maxMatchingSize, verifyCertificate } from './verify-assignment';
export {
  DEFAULT_MIN_OVERLAP_MINUTES,
  DEFAULT_TARGET_OVERLAP_MINUTES,
  DEFAULT_WEIGHTS,
} from './types';
export type {
  AvailabilityWindow,
  CohortInput,
  LanguageCode,
  MatchOptions,
  MatchProposal,
  MatchResult,
  MatchingInstance,
  MenteeInput,
  MentorInput,
  OverlapWindow,
  PairRef,
  PairScore,
  ScoreBreakdown,
  ScoreWeights,
  UnmatchedMentee,
  UnmatchedReason,
  Weekday,
} from './types';
export { scoreOf, scoreWithoutEquity, weightSum, weightedScore } from './score';
export type { ScoreComponents } from './score';
export { scoreFor } from './score-view';
