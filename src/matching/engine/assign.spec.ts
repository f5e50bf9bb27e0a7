import fc from 'fast-check';
import { type AssignmentProblem, assignOptimal } from './assign';
import { assignGreedy } from './greedy-assign';
import { maxMatchingSize, verifyCertificate } from './verify-assignment';

type RawProblem = {
  mentors: number[]; // capacities
  mentees: Array<{ open: boolean; pairs: Array<{ mentor: number; score: number }> }>;
};

function toProblem(raw: RawProblem): AssignmentProblem {
  const offsets = new Int32Array(raw.mentees.length + 1);
  const mentor: number[] = [];
  const score: number[] = [];
  raw.mentees.forEach((mentee, i) => {
    const seen = new Set<number>();
    [...mentee.pairs]
      .sort((a, b) => a.mentor - b.mentor)
      .forEach((pair) => {
        if (pair.mentor < raw.mentors.length && !seen.has(pair.mentor)) {
          seen.add(pair.mentor);
          mentor.push(pair.mentor);
          score.push(pair.score);
        }
      });
    offsets[i + 1] = mentor.length;
  });
  return {
    menteeCount: raw.mentees.length,
    mentorCount: raw.mentors.length,
    offsets,
    mentor: Int32Array.from(mentor),
    score: Uint16Array.from(score),
    mentorCapacity: Int32Array.from(raw.mentors),
    menteeOpen: Uint8Array.from(raw.mentees, (mentee) => (mentee.open ? 1 : 0)),
  };
}

// Every assignment, by exhaustion: the best (matched count, total score).
function bruteForce(problem: AssignmentProblem): { count: number; total: number } {
  const room = problem.mentorCapacity.slice();
  let best = { count: 0, total: 0 };
  const visit = (mentee: number, count: number, total: number): void => {
    if (mentee === problem.menteeCount) {
      if (count > best.count || (count === best.count && total > best.total)) {
        best = { count, total };
      }
      return;
    }
    visit(mentee + 1, count, total);
    if (problem.menteeOpen[mentee] === 0) {
      return;
    }
    for (let e = problem.offsets[mentee]; e < problem.offsets[mentee + 1]; e++) {
      const m = problem.mentor[e];
      if (room[m] > 0) {
        room[m]--;
        visit(mentee + 1, count + 1, total + problem.score[e]);
        room[m]++;
      }
    }
  };
  visit(0, 0, 0);
  return best;
}

function checkFeasible(problem: AssignmentProblem, menteeEdge: Int32Array): void {
  const load = new Int32Array(problem.mentorCount);
  menteeEdge.forEach((e, mentee) => {
    if (e < 0) {
      return;
    }
    expect(problem.menteeOpen[mentee]).toBe(1);
    expect(e).toBeGreaterThanOrEqual(problem.offsets[mentee]);
    expect(e).toBeLessThan(problem.offsets[mentee + 1]);
    load[problem.mentor[e]]++;
  });
  load.forEach((count, m) => expect(count).toBeLessThanOrEqual(problem.mentorCapacity[m]));
}

const smallProblem = (scores: fc.Arbitrary<number>): fc.Arbitrary<RawProblem> =>
  fc.record({
    mentors: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    mentees: fc.array(
      fc.record({
        open: fc.integer({ min: 0, max: 5 }).map((draw) => draw > 0),
        pairs: fc.array(fc.record({ mentor: fc.integer({ min: 0, max: 3 }), score: scores }), {
          maxLength: 4,
        }),
      }),
      { maxLength: 7 },
    ),
  });

describe('assignOptimal', () => {
  it('reaches the brute-force optimum: most matches, then highest total', () => {
    fc.assert(
      fc.property(smallProblem(fc.integer({ min: 0, max: 1000 })), (raw) => {
        const problem = toProblem(raw);
        const solution = assignOptimal(problem);
        const best = bruteForce(problem);
        checkFeasible(problem, solution.menteeEdge);
        expect({ count: solution.matchedCount, total: solution.totalScore }).toEqual(best);
      }),
      { numRuns: 1500 },
    );
  });

  it('reaches the optimum with many tied scores and stays deterministic', () => {
    fc.assert(
      fc.property(smallProblem(fc.constantFrom(0, 500, 500, 1000)), (raw) => {
        const problem = toProblem(raw);
        const first = assignOptimal(problem);
        const second = assignOptimal(problem);
        expect(Array.from(second.menteeEdge)).toEqual(Array.from(first.menteeEdge));
        expect({ count: first.matchedCount, total: first.totalScore }).toEqual(bruteForce(problem));
      }),
      { numRuns: 800 },
    );
  });

  it('prefers more matches over a higher score', () => {
    // Mentor 0 (capacity 1) could take mentee 0 for 1000, but then mentee 1 (only mentor 0)
    // is left out; mentee 0 also fits mentor 1 for 1. Two matches (1 + 900) beat one (1000).
    const problem = toProblem({
      mentors: [1, 1],
      mentees: [
        {
          open: true,
          pairs: [
            { mentor: 0, score: 1000 },
            { mentor: 1, score: 1 },
          ],
        },
        { open: true, pairs: [{ mentor: 0, score: 900 }] },
      ],
    });
    const solution = assignOptimal(problem);
    expect(solution.matchedCount).toBe(2);
    expect(solution.totalScore).toBe(901);
  });

  it('leaves the mentor side empty when nobody can be matched', () => {
    const problem = toProblem({ mentors: [2], mentees: [{ open: true, pairs: [] }] });
    expect(assignOptimal(problem).matchedCount).toBe(0);
  });

  it('carries a valid optimality certificate and the maximum cardinality on larger instances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: 5, max: 80 }),
        fc.double({ min: 0.02, max: 0.3, noNaN: true }),
        (seed, menteeCount, mentorCount, density) => {
          const random = lcg(seed);
          const raw: RawProblem = {
            mentors: Array.from({ length: mentorCount }, () => 1 + Math.floor(random() * 5)),
            mentees: Array.from({ length: menteeCount }, () => ({
              open: random() > 0.05,
              pairs: Array.from({ length: mentorCount }, (_, mentor) => ({
                mentor,
                score: Math.floor(random() * 1001),
              })).filter(() => random() < density),
            })),
          };
          const problem = toProblem(raw);
          const solution = assignOptimal(problem);
          checkFeasible(problem, solution.menteeEdge);
          const certificate = verifyCertificate(problem, solution);
          expect(certificate.violations).toEqual([]);
          expect(solution.matchedCount).toBe(maxMatchingSize(problem));
          const greedy = assignGreedy(problem);
          checkFeasible(problem, greedy.menteeEdge);
          const greedyNotBetter =
            greedy.matchedCount < solution.matchedCount ||
            (greedy.matchedCount === solution.matchedCount &&
              greedy.totalScore <= solution.totalScore);
          expect(greedyNotBetter).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects a tampered solution in the certificate check', () => {
    const problem = toProblem({
      mentors: [1, 1],
      mentees: [
        {
          open: true,
          pairs: [
            { mentor: 0, score: 900 },
            { mentor: 1, score: 100 },
          ],
        },
        {
          open: true,
          pairs: [
            { mentor: 0, score: 800 },
            { mentor: 1, score: 700 },
          ],
        },
      ],
    });
    const solution = assignOptimal(problem);
    expect(solution.totalScore).toBe(1600);
    expect(verifyCertificate(problem, solution).ok).toBe(true);
    // Swap to the worse assignment (mentee 0 -> mentor 1, mentee 1 -> mentor 0: 900 total).
    const swapped = { ...solution, menteeEdge: Int32Array.from([1, 2]) };
    expect(verifyCertificate(problem, swapped).ok).toBe(false);
  });
});

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
