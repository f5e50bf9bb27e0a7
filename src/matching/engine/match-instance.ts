// The engine's entry point: validate, build everyone's weekly availability, list and score
// the feasible pairs, place the pins, assign the rest exactly, and explain the result.
import { type AssignmentProblem, type AssignmentSolution, assignOptimal } from './assign';
import { type AvailabilityModel, buildAvailabilityModel } from './availability-model';
import { type CandidateGraph, buildCandidateGraph } from './candidate-graph';
import { explainMatch, explainUnmatched } from './explain';
import { InstanceValidationError, type ValidationIssue } from './instance-validation-error';
import { type ScoreContext, buildScoreContext } from './score';
import type {
  MatchOptions,
  MatchProposal,
  MatchResult,
  MatchingInstance,
  UnmatchedMentee,
} from './types';
import { type NormalizedInstance, validateInstance } from './validate-instance';
import { pairOverlap } from './weekly-overlap';

export type MatchingPhase = 'validated' | 'availability' | 'pairs' | 'assigned' | 'explained';

export type MatchingRun = {
  instance: NormalizedInstance;
  model: AvailabilityModel;
  scores: ScoreContext;
  graph: CandidateGraph;
  problem: AssignmentProblem;
  solution: AssignmentSolution;
  pinnedEdge: Int32Array; // per mentee: the edge of its pin, or -1
  result: MatchResult;
};

export type RunOptions = MatchOptions & {
  // Called as each phase ends (the benchmark times them; the engine never reads the clock).
  onPhase?: (phase: MatchingPhase) => void;
};

export function matchInstance(input: MatchingInstance, options: MatchOptions = {}): MatchResult {
  return runMatching(input, options).result;
}

export function runMatching(input: MatchingInstance, options: RunOptions = {}): MatchingRun {
  const phase = options.onPhase ?? ((): void => undefined);
  const prepared = prepareMatching(input, phase);
  const solution = assignOptimal(prepared.problem);
  phase('assigned');
  const { instance, model, scores, graph, pinnedEdge } = prepared;
  const result = explain(instance, model, scores, graph, solution, pinnedEdge, options);
  phase('explained');
  return { ...prepared, solution, result };
}

export type PreparedMatching = Omit<MatchingRun, 'solution' | 'result'>;

// Everything up to the assignment: feasible pairs with scores, pins placed, capacities left.
export function prepareMatching(
  input: MatchingInstance,
  phase: (phase: MatchingPhase) => void = (): void => undefined,
): PreparedMatching {
  const instance = validateInstance(input);
  phase('validated');
  const model = buildAvailabilityModel(instance);
  phase('availability');
  const scores = buildScoreContext(instance);
  const graph = buildCandidateGraph(instance, model, scores);
  phase('pairs');
  const pinnedEdge = placePins(instance, model, graph);
  const mentorCapacity = Int32Array.from(instance.mentors, (mentor) => mentor.capacity);
  const menteeOpen = new Uint8Array(graph.menteeCount).fill(1);
  pinnedEdge.forEach((edge, mentee) => {
    if (edge >= 0) {
      menteeOpen[mentee] = 0;
      mentorCapacity[graph.mentor[edge]]--;
    }
  });
  const problem: AssignmentProblem = {
    menteeCount: graph.menteeCount,
    mentorCount: graph.mentorCount,
    offsets: graph.offsets,
    mentor: graph.mentor,
    score: graph.score,
    mentorCapacity,
    menteeOpen,
  };
  return { instance, model, scores, graph, problem, pinnedEdge };
}

// The edge of every pinned pair; a pin that is not a feasible pair is an input error.
function placePins(
  instance: NormalizedInstance,
  model: AvailabilityModel,
  graph: CandidateGraph,
): Int32Array {
  const pinnedEdge = new Int32Array(graph.menteeCount).fill(-1);
  const issues: ValidationIssue[] = [];
  for (const pin of instance.pins) {
    const edge = findEdge(graph, pin.mentee, pin.mentor);
    if (edge >= 0) {
      pinnedEdge[pin.mentee] = edge;
    } else {
      issues.push({ record: pin.record, field: '', message: whyInfeasible(instance, model, pin) });
    }
  }
  if (issues.length > 0) {
    throw new InstanceValidationError(issues);
  }
  return pinnedEdge;
}

function findEdge(graph: CandidateGraph, mentee: number, mentor: number): number {
  let low = graph.offsets[mentee];
  let high = graph.offsets[mentee + 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (graph.mentor[middle] < mentor) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low < graph.offsets[mentee + 1] && graph.mentor[low] === mentor ? low : -1;
}

function whyInfeasible(
  instance: NormalizedInstance,
  model: AvailabilityModel,
  pin: { mentor: number; mentee: number },
): string {
  const mentor = instance.mentors[pin.mentor];
  const mentee = instance.mentees[pin.mentee];
  const pair = `pinned pair ${mentor.id} / ${mentee.id} is not feasible`;
  if (mentor.id === mentee.id) {
    return `${pair}: a person cannot mentor themself`;
  }
  if ((mentor.languageMask & mentee.languageMask) === 0) {
    return `${pair}: they share no language`;
  }
  const minutes = pairOverlap(
    model.mentors[pin.mentor],
    model.mentees[pin.mentee],
    instance.cohort.weeks,
  ).minutes;
  if (minutes < instance.cohort.minOverlapMinutes) {
    return `${pair}: ${minutes} minutes of weekly overlap, below minOverlapMinutes (${instance.cohort.minOverlapMinutes})`;
  }
  return `${pair}: the pair is excluded`;
}

function explain(
  instance: NormalizedInstance,
  model: AvailabilityModel,
  scores: ScoreContext,
  graph: CandidateGraph,
  solution: AssignmentSolution,
  pinnedEdge: Int32Array,
  options: MatchOptions,
): MatchResult {
  const matches: MatchProposal[] = [];
  const unmatched: UnmatchedMentee[] = [];
  let totalScore = 0;
  for (let mentee = 0; mentee < graph.menteeCount; mentee++) {
    const edge = pinnedEdge[mentee] >= 0 ? pinnedEdge[mentee] : solution.menteeEdge[mentee];
    if (edge < 0) {
      unmatched.push(explainUnmatched(graph, instance, mentee));
      continue;
    }
    const mentor = graph.mentor[edge];
    totalScore += graph.score[edge];
    matches.push({
      menteeId: instance.mentees[mentee].id,
      mentorId: instance.mentors[mentor].id,
      score: graph.score[edge],
      breakdown: explainMatch(instance, model, scores, mentee, mentor),
    });
  }
  const result: MatchResult = {
    matches,
    unmatched,
    matchedCount: matches.length,
    totalScore,
  };
  if (options.allPairs === true) {
    result.pairs = [];
    for (let mentee = 0; mentee < graph.menteeCount; mentee++) {
      for (let e = graph.offsets[mentee]; e < graph.offsets[mentee + 1]; e++) {
        result.pairs.push({
          menteeId: instance.mentees[mentee].id,
          mentorId: instance.mentors[graph.mentor[e]].id,
          score: graph.score[e],
        });
      }
    }
  }
  return result;
}
