// Independent checks of an assignment, for tests and the benchmark where brute force is out
// of reach. Both read the problem directly, not the solver's own network:
// - the optimality certificate: with the returned potentials, no residual arc of the flow
//   rebuilt from the chosen pairs has a negative reduced cost, hence no negative cycle,
//   hence the cheapest flow (linear-programming duality);
// - the largest possible number of matches, by a separate max-flow (Dinic), which must equal
//   the matched count.
import type { AssignmentProblem, AssignmentSolution } from './assign';

export type CertificateReport = { ok: boolean; violations: string[]; arcsChecked: number };

// Pairs the optimiser may use, and how many units each node can really take.
function usableUnits(problem: AssignmentProblem): {
  usable: (mentee: number, edge: number) => boolean;
  mentorUnits: Int32Array;
  menteeUnits: Int32Array;
} {
  const { menteeCount, mentorCount, offsets, mentor, menteeOpen, mentorCapacity } = problem;
  const usable = (mentee: number, edge: number): boolean =>
    menteeOpen[mentee] === 1 && mentorCapacity[mentor[edge]] > 0;
  const mentorDegree = new Int32Array(mentorCount);
  const menteeUnits = new Int32Array(menteeCount);
  for (let i = 0; i < menteeCount; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      if (usable(i, e)) {
        mentorDegree[mentor[e]]++;
        menteeUnits[i] = 1;
      }
    }
  }
  const mentorUnits = Int32Array.from(mentorCapacity, (cap, m) =>
    Math.max(0, Math.min(cap, mentorDegree[m])),
  );
  return { usable, mentorUnits, menteeUnits };
}

export function verifyCertificate(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
): CertificateReport {
  const { menteeCount, mentorCount, offsets, mentor, score } = problem;
  const { dual } = solution;
  const violations: string[] = [];
  const report = (message: string): void => {
    if (violations.length < 20) {
      violations.push(message);
    }
  };
  const { usable, mentorUnits, menteeUnits } = usableUnits(problem);
  const mentorsLeft = dual.sourceSide === 'mentors';
  const leftCount = mentorsLeft ? mentorCount : menteeCount;
  const rightCount = mentorsLeft ? menteeCount : mentorCount;
  const leftCap = mentorsLeft ? mentorUnits : menteeUnits;
  const rightCap = mentorsLeft ? menteeUnits : mentorUnits;
  const mentorTotal = mentorUnits.reduce((sum, units) => sum + units, 0);
  const menteeTotal = menteeUnits.reduce((sum, units) => sum + units, 0);
  if (dual.penalty <= 1000 * Math.min(mentorTotal, menteeTotal)) {
    report(`the unmatched penalty ${dual.penalty} is too small to put cardinality first`);
  }
  if (dual.potential.length !== leftCount + rightCount + 1) {
    report('the potentials do not describe this problem');
    return { ok: false, violations, arcsChecked: 0 };
  }
  const pi = dual.potential;
  const sink = leftCount + rightCount;
  const leftUsed = new Int32Array(leftCount);
  const rightUsed = new Int32Array(rightCount);
  let arcsChecked = 0;
  for (let i = 0; i < menteeCount; i++) {
    const chosen = solution.menteeEdge[i];
    if (chosen >= 0 && (chosen < offsets[i] || chosen >= offsets[i + 1] || !usable(i, chosen))) {
      report(`mentee ${i} has a pair that is not one of its usable pairs`);
    }
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      if (!usable(i, e)) {
        continue;
      }
      const l = mentorsLeft ? mentor[e] : i;
      const r = mentorsLeft ? i : mentor[e];
      const reduced = -score[e] + pi[l] - pi[leftCount + r];
      arcsChecked++;
      if (e === chosen) {
        leftUsed[l]++;
        rightUsed[r]++;
        if (reduced > 0) {
          report(`edge ${e} is used but its reduced cost is ${reduced}`);
        }
      } else if (reduced < 0) {
        report(`edge ${e} is unused but its reduced cost is ${reduced}`);
      }
    }
  }
  for (let r = 0; r < rightCount; r++) {
    const reduced = pi[leftCount + r] - pi[sink];
    arcsChecked++;
    if (rightUsed[r] > rightCap[r]) {
      report(`sink-side node ${r} is over capacity`);
    }
    if ((rightUsed[r] < rightCap[r] && reduced < 0) || (rightUsed[r] > 0 && reduced > 0)) {
      report(`sink-side node ${r} has reduced cost ${reduced} with ${rightUsed[r]} units`);
    }
  }
  for (let l = 0; l < leftCount; l++) {
    const unmatched = leftCap[l] - leftUsed[l];
    const reduced = dual.penalty + pi[l] - pi[sink];
    arcsChecked++;
    if (unmatched < 0) {
      report(`source-side node ${l} is over capacity`);
    }
    if ((unmatched < leftCap[l] && reduced < 0) || (unmatched > 0 && reduced > 0)) {
      report(`source-side node ${l} has unmatched reduced cost ${reduced}`);
    }
  }
  return { ok: violations.length === 0, violations, arcsChecked };
}

// Largest number of pairs respecting capacities, by Dinic's max-flow.
export function maxMatchingSize(problem: AssignmentProblem): number {
  const { menteeCount, mentorCount, offsets, mentor } = problem;
  const { usable, mentorUnits } = usableUnits(problem);
  const source = menteeCount + mentorCount;
  const sink = source + 1;
  const nodes = sink + 1;
  // Arc k and k ^ 1 are each other's reverse.
  const arcCount = 2 * (offsets[menteeCount] + menteeCount + mentorCount);
  const head = new Int32Array(arcCount);
  const cap = new Int32Array(arcCount);
  const next = new Int32Array(arcCount);
  const first = new Int32Array(nodes).fill(-1);
  let arcs = 0;
  const addArc = (from: number, to: number, capacity: number): void => {
    head[arcs] = to;
    cap[arcs] = capacity;
    next[arcs] = first[from];
    first[from] = arcs++;
    head[arcs] = from;
    cap[arcs] = 0;
    next[arcs] = first[to];
    first[to] = arcs++;
  };
  for (let i = 0; i < menteeCount; i++) {
    addArc(source, i, 1);
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      if (usable(i, e)) {
        addArc(i, menteeCount + mentor[e], 1);
      }
    }
  }
  for (let m = 0; m < mentorCount; m++) {
    addArc(menteeCount + m, sink, mentorUnits[m]);
  }
  const level = new Int32Array(nodes);
  const cursor = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  const stack = new Int32Array(nodes);
  const stackArc = new Int32Array(nodes);
  let total = 0;
  for (;;) {
    level.fill(-1);
    level[source] = 0;
    let qHead = 0;
    let qTail = 0;
    queue[qTail++] = source;
    while (qHead < qTail) {
      const u = queue[qHead++];
      for (let a = first[u]; a >= 0; a = next[a]) {
        if (cap[a] > 0 && level[head[a]] < 0) {
          level[head[a]] = level[u] + 1;
          queue[qTail++] = head[a];
        }
      }
    }
    if (level[sink] < 0) {
      return total;
    }
    cursor.set(first);
    // Unit augmenting paths by iterative depth-first search along level-increasing arcs.
    for (;;) {
      let depth = 0;
      stack[0] = source;
      let found = false;
      while (depth >= 0) {
        const u = stack[depth];
        if (u === sink) {
          found = true;
          break;
        }
        let a = cursor[u];
        while (a >= 0 && !(cap[a] > 0 && level[head[a]] === level[u] + 1)) {
          a = next[a];
        }
        cursor[u] = a;
        if (a < 0) {
          level[u] = -1; // dead end for this phase
          depth--;
          if (depth >= 0) {
            cursor[stack[depth]] = next[cursor[stack[depth]]];
          }
          continue;
        }
        stackArc[depth] = a;
        stack[++depth] = head[a];
      }
      if (!found) {
        break;
      }
      for (let d = 0; d < depth; d++) {
        cap[stackArc[d]]--;
        cap[stackArc[d] ^ 1]++;
      }
      total++;
    }
  }
}
