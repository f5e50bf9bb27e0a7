// Independent checks of an assignment, for tests and the benchmark where brute force is out
// of reach:
// - the optimality certificate: with the returned potentials, no residual arc of the flow
//   rebuilt from the chosen pairs alone has a negative reduced cost, hence no negative
//   cycle, hence the cheapest flow (linear-programming duality);
// - the largest possible number of matches, by a separate max-flow (Dinic), which must equal
//   the matched count.
import { type AssignmentProblem, type AssignmentSolution, buildNetwork } from './assign';

export type CertificateReport = { ok: boolean; violations: string[]; arcsChecked: number };

export function verifyCertificate(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
): CertificateReport {
  const net = buildNetwork(problem);
  const { dual } = solution;
  const violations: string[] = [];
  const report = (message: string): void => {
    if (violations.length < 20) {
      violations.push(message);
    }
  };
  if (net.sourceSide !== dual.sourceSide || net.penalty !== dual.penalty) {
    report('the dual does not describe this problem');
    return { ok: false, violations, arcsChecked: 0 };
  }
  const arcOfEdge = new Int32Array(problem.offsets[problem.menteeCount]).fill(-1);
  for (let arc = 0; arc < net.arcCount; arc++) {
    arcOfEdge[net.arcEdge[arc]] = arc;
  }
  const chosen = new Uint8Array(net.arcCount);
  solution.menteeEdge.forEach((e) => {
    if (e < 0) {
      return;
    }
    if (arcOfEdge[e] < 0) {
      report(`edge ${e} is chosen but not usable`);
    } else {
      chosen[arcOfEdge[e]] = 1;
    }
  });
  const pi = dual.potential;
  const sink = net.leftCount + net.rightCount;
  const leftUsed = new Int32Array(net.leftCount);
  const rightUsed = new Int32Array(net.rightCount);
  let arcsChecked = 0;
  for (let arc = 0; arc < net.arcCount; arc++) {
    const l = net.arcLeft[arc];
    const r = net.arcRight[arc];
    const reduced = -net.arcScore[arc] + pi[l] - pi[net.leftCount + r];
    arcsChecked++;
    if (chosen[arc] === 1) {
      leftUsed[l]++;
      rightUsed[r]++;
      if (reduced > 0) {
        report(`edge ${net.arcEdge[arc]} is used but its reduced cost is ${reduced}`);
      }
    } else if (reduced < 0) {
      report(`edge ${net.arcEdge[arc]} is unused but its reduced cost is ${reduced}`);
    }
  }
  for (let r = 0; r < net.rightCount; r++) {
    const reduced = pi[net.leftCount + r] - pi[sink];
    arcsChecked++;
    if (rightUsed[r] > net.rightCap[r]) {
      report(`sink-side node ${r} is over capacity`);
    }
    if ((rightUsed[r] < net.rightCap[r] && reduced < 0) || (rightUsed[r] > 0 && reduced > 0)) {
      report(`sink-side node ${r} has reduced cost ${reduced} with ${rightUsed[r]} units`);
    }
  }
  for (let l = 0; l < net.leftCount; l++) {
    const unmatched = net.leftCap[l] - leftUsed[l];
    const reduced = dual.penalty + pi[l] - pi[sink];
    arcsChecked++;
    if (unmatched < 0) {
      report(`source-side node ${l} is over capacity`);
    }
    if ((unmatched < net.leftCap[l] && reduced < 0) || (unmatched > 0 && reduced > 0)) {
      report(`source-side node ${l} has unmatched reduced cost ${reduced}`);
    }
  }
  return { ok: violations.length === 0, violations, arcsChecked };
}

// Largest number of pairs respecting capacities, by Dinic's max-flow.
export function maxMatchingSize(problem: AssignmentProblem): number {
  const net = buildNetwork(problem);
  const { leftCount, rightCount } = net;
  const source = leftCount + rightCount;
  const sink = source + 1;
  const nodes = sink + 1;
  // Arc k and k ^ 1 are each other's reverse.
  const arcCount = 2 * (net.arcCount + leftCount + rightCount);
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
  for (let l = 0; l < leftCount; l++) {
    addArc(source, l, net.leftCap[l]);
  }
  for (let r = 0; r < rightCount; r++) {
    addArc(leftCount + r, sink, net.rightCap[r]);
  }
  for (let arc = 0; arc < net.arcCount; arc++) {
    addArc(net.arcLeft[arc], leftCount + net.arcRight[arc], 1);
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
