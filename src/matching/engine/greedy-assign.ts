// Baseline for comparison only: best pair first. Takes the pairs from the highest score
// down (ties by mentee id, then mentor id) while both sides still have room. Fast, but it can
// both match fewer mentees and score lower than the exact assignment.
import type { AssignmentProblem } from './assign';

export type GreedySolution = { menteeEdge: Int32Array; matchedCount: number; totalScore: number };

export function assignGreedy(problem: AssignmentProblem): GreedySolution {
  const { menteeCount, offsets, mentor, score, menteeOpen } = problem;
  const edgeCount = offsets[menteeCount];
  // Counting sort by score, highest first; stable, so edge order breaks ties.
  const bucketStart = new Int32Array(1002);
  for (let e = 0; e < edgeCount; e++) {
    bucketStart[1000 - score[e] + 1]++;
  }
  for (let b = 1; b < bucketStart.length; b++) {
    bucketStart[b] += bucketStart[b - 1];
  }
  const order = new Int32Array(edgeCount);
  const menteeOf = new Int32Array(edgeCount);
  for (let i = 0; i < menteeCount; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      menteeOf[e] = i;
      order[bucketStart[1000 - score[e]]++] = e;
    }
  }
  const room = problem.mentorCapacity.slice();
  const menteeEdge = new Int32Array(menteeCount).fill(-1);
  let matchedCount = 0;
  let totalScore = 0;
  for (const e of order) {
    const mentee = menteeOf[e];
    if (menteeOpen[mentee] === 1 && menteeEdge[mentee] < 0 && room[mentor[e]] > 0) {
      menteeEdge[mentee] = e;
      room[mentor[e]]--;
      matchedCount++;
      totalScore += score[e];
    }
  }
  return { menteeEdge, matchedCount, totalScore };
}
