// Score components of a mentor-mentee pair, each in [0, 1], and the 0-1000 score.
// The hot loop (candidate-graph.ts) and the breakdown both go through these helpers so that
// a match's explained score is bit-for-bit the score the assignment optimised.
import type { ScoreWeights } from './types';
import { type NormalizedInstance, compareIds } from './validate-instance';

export type ScoreContext = {
  weights: ScoreWeights;
  weightSum: number;
  targetOverlapMinutes: number;
  interestNames: string[]; // tag id -> name, in name order
  idf: Float64Array; // tag id -> ln(1 + N / df)
  menteeInterests: Int32Array[]; // ascending tag ids
  mentorInterests: Int32Array[];
  menteeInterestWeight: Float64Array; // sum of idf over the person's tags
  mentorInterestWeight: Float64Array;
  goalCount: number; // size of the goal/expertise vocabulary
  menteeGoals: Int32Array[];
  mentorExpertise: Int32Array[];
};

export type ScoreComponents = {
  language: number;
  availability: number;
  interests: number;
  goals: number;
  equity: number;
};

export function buildScoreContext(instance: NormalizedInstance): ScoreContext {
  const { mentors, mentees, cohort } = instance;
  // People, not records: someone listed as both mentor and mentee counts once.
  const tagsById = new Map<string, Set<string>>();
  for (const person of [...mentors, ...mentees]) {
    const tags = tagsById.get(person.id) ?? new Set<string>();
    person.interests.forEach((tag) => tags.add(tag));
    tagsById.set(person.id, tags);
  }
  const documentFrequency = new Map<string, number>();
  for (const tags of tagsById.values()) {
    tags.forEach((tag) => documentFrequency.set(tag, (documentFrequency.get(tag) ?? 0) + 1));
  }
  const interestNames = [...documentFrequency.keys()].sort(compareIds);
  const interestId = new Map(interestNames.map((name, id) => [name, id]));
  const people = tagsById.size;
  const idf = Float64Array.from(interestNames, (name) =>
    Math.log(1 + people / (documentFrequency.get(name) ?? 1)),
  );
  // Tags arrive sorted by name and ids follow name order, so the ids come out ascending.
  const toIds = (tags: readonly string[], ids: Map<string, number>): Int32Array => {
    const out = new Int32Array(tags.length);
    tags.forEach((tag, k) => (out[k] = ids.get(tag) ?? 0));
    return out;
  };
  const weightOf = (ids: Int32Array): number => ids.reduce((sum, id) => sum + idf[id], 0);

  const goalNames = new Set<string>();
  mentees.forEach((mentee) => mentee.goals.forEach((goal) => goalNames.add(goal)));
  mentors.forEach((mentor) => mentor.expertise.forEach((tag) => goalNames.add(tag)));
  const goalId = new Map([...goalNames].sort(compareIds).map((name, id) => [name, id]));

  const menteeInterests = mentees.map((mentee) => toIds(mentee.interests, interestId));
  const mentorInterests = mentors.map((mentor) => toIds(mentor.interests, interestId));
  const weights = cohort.weights;
  return {
    weights,
    weightSum: weightSum(weights),
    targetOverlapMinutes: cohort.targetOverlapMinutes,
    interestNames,
    idf,
    menteeInterests,
    mentorInterests,
    menteeInterestWeight: Float64Array.from(menteeInterests, weightOf),
    mentorInterestWeight: Float64Array.from(mentorInterests, weightOf),
    goalCount: goalId.size,
    menteeGoals: mentees.map((mentee) => toIds(mentee.goals, goalId)),
    mentorExpertise: mentors.map((mentor) => toIds(mentor.expertise, goalId)),
  };
}

export function languageComponent(mentorLanguages: number, menteePreferred: number): number {
  return (mentorLanguages & menteePreferred) !== 0 ? 1 : 0.5;
}

export function availabilityComponent(overlapMinutes: number, targetMinutes: number): number {
  return Math.min(1, overlapMinutes / targetMinutes);
}

// IDF-weighted Jaccard: idf mass of the shared tags over idf mass of the union.
export function interestsComponent(
  shared: number,
  menteeWeight: number,
  mentorWeight: number,
): number {
  const union = menteeWeight + mentorWeight - shared;
  return union > 0 ? Math.min(1, shared / union) : 0;
}

export function goalsComponent(hits: number, goalCount: number): number {
  return goalCount === 0 ? 0 : hits / goalCount;
}

export const weightSum = (w: ScoreWeights): number =>
  w.language + w.availability + w.interests + w.goals + w.equity;

// The one score formula: the weighted mean of the parts, out of 1000, rounded half up.
// Everything that shows, stores or averages a score calls this (or scoreOf/scoreWithoutEquity).
export function weightedScore(
  w: ScoreWeights,
  sumOfWeights: number,
  language: number,
  availability: number,
  interests: number,
  goals: number,
  equity: number,
): number {
  if (sumOfWeights <= 0) {
    return 0;
  }
  const sum =
    w.language * language +
    w.availability * availability +
    w.interests * interests +
    w.goals * goals +
    w.equity * equity;
  return Math.round((1000 * sum) / sumOfWeights);
}

export function combineScore(
  ctx: ScoreContext,
  language: number,
  availability: number,
  interests: number,
  goals: number,
  equity: number,
): number {
  return weightedScore(
    ctx.weights,
    ctx.weightSum,
    language,
    availability,
    interests,
    goals,
    equity,
  );
}

// A stored pair's score from its parts and the weights it was scored with.
export const scoreOf = (parts: ScoreComponents, weights: ScoreWeights): number =>
  weightedScore(
    weights,
    weightSum(weights),
    parts.language,
    parts.availability,
    parts.interests,
    parts.goals,
    parts.equity,
  );

// The privacy view (score-view.ts): the same formula and denominator with the equity part
// at zero, so that nobody but the mentee can tell whether it was 1.
export const scoreWithoutEquity = (parts: ScoreComponents, weights: ScoreWeights): number =>
  scoreOf({ ...parts, equity: 0 }, weights);

// Components of one pair, summing shared idf in the mentor's tag order like the hot loop.
export function pairComponents(
  ctx: ScoreContext,
  instance: NormalizedInstance,
  mentee: number,
  mentor: number,
  overlapMinutes: number,
): ScoreComponents & { sharedInterests: string[] } {
  const menteeTags = new Set(ctx.menteeInterests[mentee]);
  let shared = 0;
  const sharedInterests: string[] = [];
  for (const tag of ctx.mentorInterests[mentor]) {
    if (menteeTags.has(tag)) {
      shared += ctx.idf[tag];
      sharedInterests.push(ctx.interestNames[tag]);
    }
  }
  const expertise = new Set(ctx.mentorExpertise[mentor]);
  const goals = ctx.menteeGoals[mentee];
  const hits = goals.reduce((count, goal) => count + (expertise.has(goal) ? 1 : 0), 0);
  return {
    language: languageComponent(
      instance.mentors[mentor].languageMask,
      instance.mentees[mentee].preferredLanguage,
    ),
    availability: availabilityComponent(overlapMinutes, ctx.targetOverlapMinutes),
    interests: interestsComponent(
      shared,
      ctx.menteeInterestWeight[mentee],
      ctx.mentorInterestWeight[mentor],
    ),
    goals: goalsComponent(hits, goals.length),
    equity: instance.mentees[mentee].underrepresented ? 1 : 0,
    sharedInterests,
  };
}

export function pairScore(ctx: ScoreContext, components: ScoreComponents): number {
  return combineScore(
    ctx,
    components.language,
    components.availability,
    components.interests,
    components.goals,
    components.equity,
  );
}
