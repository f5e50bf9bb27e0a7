// Exact assignment: the most matched mentees, then the highest total score, within every
// mentor's capacity. Not greedy.
//
// As a min-cost flow: one side is the source side (every unit of capacity there must be
// routed), the other the sink side. A unit goes along a pair (cost -score) to a node of the
// other side with room, or gives up along its own "unmatched" arc of cost M. With
// M = 1000 x (largest possible matching + 1), fewer unmatched units always beats any score
// difference, so the cheapest flow is the lexicographic optimum.
//
// Successive shortest paths: units are routed one at a time along a cheapest residual path,
// found by Dijkstra on reduced costs (node potentials keep them >= 0, starting from each
// source node's best score since costs are negative), stopping at the first sink with room.
// Every step keeps the flow cheapest for its value, so the end result is optimal, and the
// final potentials are a certificate anyone can check (verify-assignment.ts).
//
// What keeps it fast on hundreds of thousands of pairs per node side:
// - the side with fewer units is the source side, so sinks with room stay plentiful and the
//   searches end early;
// - sink-side potentials start at 0 and only decrease, and a sink with room keeps 0, so
//   scanning a node's pairs by descending score can stop as soon as score alone cannot beat
//   the best path found, usually at the first pair whose sink has room;
// - pairs live in flat typed arrays ordered for that scan.
// Ties go to the lower index, i.e. the smaller id, so equal inputs give equal outputs.
import { NodeHeap } from './node-heap';

export type AssignmentProblem = {
  menteeCount: number;
  mentorCount: number;
  offsets: Int32Array; // CSR by mentee, as in CandidateGraph
  mentor: Int32Array;
  score: Uint16Array; // 0..1000
  mentorCapacity: Int32Array; // capacity left for the optimiser (after pins)
  menteeOpen: Uint8Array; // 0 for mentees already placed (pinned)
};

export type FlowDual = {
  sourceSide: 'mentors' | 'mentees';
  penalty: number; // M, the cost of an unmatched unit
  leftCapacity: Int32Array; // units routed per source-side node: min(capacity, pairs)
  potential: Float64Array; // source-side nodes, then sink-side nodes, then the sink
};

export type AssignmentSolution = {
  menteeEdge: Int32Array; // chosen edge of each mentee, or -1
  matchedCount: number;
  totalScore: number;
  dual: FlowDual;
};

export function assignOptimal(problem: AssignmentProblem): AssignmentSolution {
  const net = buildNetwork(problem);
  const solver = new ShortestPathSolver(net);
  solver.run();
  const menteeEdge = new Int32Array(problem.menteeCount).fill(-1);
  let matchedCount = 0;
  let totalScore = 0;
  const menteesLeft = net.sourceSide === 'mentees';
  solver.forEachChosen((l, arc) => {
    const r = net.arcRight[arc];
    const mentee = menteesLeft ? l : r;
    menteeEdge[mentee] = edgeOf(problem, mentee, menteesLeft ? r : l);
    matchedCount++;
    totalScore += net.arcScore[arc];
  });
  return {
    menteeEdge,
    matchedCount,
    totalScore,
    dual: {
      sourceSide: net.sourceSide,
      penalty: net.penalty,
      leftCapacity: net.leftCap,
      potential: solver.potential,
    },
  };
}

// The problem's edge of a pair (each mentee's mentors ascend), for the few chosen ones.
function edgeOf(problem: AssignmentProblem, mentee: number, mentor: number): number {
  let low = problem.offsets[mentee];
  let high = problem.offsets[mentee + 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (problem.mentor[middle] < mentor) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

// Source side ("left") and sink side ("right") of the flow over the usable pairs ("arcs"),
// numbered left node by left node, highest score first, then ascending right node. An arc's
// left node is implied by leftStart; the chosen pairs are found back in the problem by
// binary search, so no per-arc edge id is kept.
export type FlowNetwork = {
  sourceSide: 'mentors' | 'mentees';
  leftCount: number;
  rightCount: number;
  leftCap: Int32Array;
  rightCap: Int32Array;
  arcCount: number;
  leftStart: Int32Array; // left node l owns arcs leftStart[l] .. leftStart[l + 1] - 1
  arcRight: Int32Array;
  arcScore: Uint16Array; // 0..1000
  penalty: number;
};

const BLOCK = 64; // left nodes per block when sorting the arcs (the key fits 16 bits)
const SCORE_BITS = 10; // scores are 0..1000
const SCORE_MASK = (1 << SCORE_BITS) - 1;

export function buildNetwork(problem: AssignmentProblem): FlowNetwork {
  const { menteeCount, mentorCount, offsets, mentor, score, menteeOpen, mentorCapacity } = problem;
  const menteeDegree = new Int32Array(menteeCount);
  const mentorDegree = new Int32Array(mentorCount);
  let arcCount = 0;
  for (let i = 0; i < menteeCount; i++) {
    if (menteeOpen[i] === 1) {
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        if (mentorCapacity[mentor[e]] > 0) {
          menteeDegree[i]++;
          mentorDegree[mentor[e]]++;
          arcCount++;
        }
      }
    }
  }
  // A node never uses more units than it has pairs.
  const mentorUnits = Int32Array.from(mentorCapacity, (cap, m) => Math.min(cap, mentorDegree[m]));
  const menteeUnits = Int32Array.from(menteeDegree, (degree) => Math.min(1, degree));
  const mentorTotal = mentorUnits.reduce((sum, units) => sum + units, 0);
  const menteeTotal = menteeUnits.reduce((sum, units) => sum + units, 0);
  const mentorsFirst = mentorTotal <= menteeTotal;
  const leftCount = mentorsFirst ? mentorCount : menteeCount;
  const leftDegree = mentorsFirst ? mentorDegree : menteeDegree;
  const leftStart = new Int32Array(leftCount + 1);
  for (let l = 0; l < leftCount; l++) {
    leftStart[l + 1] = leftStart[l] + leftDegree[l];
  }

  // Arcs sorted by left node, then score descending, then right node ascending, in two
  // stable counting passes. Scattering straight to every left node's own range would write
  // to thousands of places at once (a cache and TLB miss per arc), so the first pass only
  // splits the arcs into blocks of BLOCK left nodes, reading the edges in order (mentee,
  // then mentor, which leaves right nodes ascending), with a key of (left node in the block,
  // 1000 - score); the second sorts each block by that key through a scratch copy.
  const blockCount = Math.ceil(leftCount / BLOCK);
  const blockFill = new Int32Array(blockCount);
  let largestBlock = 0;
  for (let b = 0; b < blockCount; b++) {
    blockFill[b] = leftStart[b * BLOCK];
    const size = leftStart[Math.min((b + 1) * BLOCK, leftCount)] - leftStart[b * BLOCK];
    largestBlock = Math.max(largestBlock, size);
  }
  const arcRight = new Int32Array(arcCount);
  const arcScore = new Uint16Array(arcCount); // the sort key until the second pass
  for (let i = 0; i < menteeCount; i++) {
    if (menteeOpen[i] === 1) {
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const m = mentor[e];
        if (mentorCapacity[m] > 0) {
          const l = mentorsFirst ? m : i;
          const at = blockFill[(l / BLOCK) | 0]++;
          arcRight[at] = mentorsFirst ? i : m;
          arcScore[at] = ((l % BLOCK) << SCORE_BITS) | (1000 - score[e]);
        }
      }
    }
  }
  const scratchRight = new Int32Array(largestBlock);
  const scratchKey = new Uint16Array(largestBlock);
  const bucket = new Int32Array((Math.min(BLOCK, leftCount) << SCORE_BITS) + 1);
  for (let b = 0; b < blockCount; b++) {
    const from = leftStart[b * BLOCK];
    const size = leftStart[Math.min((b + 1) * BLOCK, leftCount)] - from;
    scratchRight.set(arcRight.subarray(from, from + size));
    scratchKey.set(arcScore.subarray(from, from + size));
    bucket.fill(0);
    for (let k = 0; k < size; k++) {
      bucket[scratchKey[k] + 1]++;
    }
    bucket[0] = from;
    for (let key = 1; key < bucket.length; key++) {
      bucket[key] += bucket[key - 1];
    }
    for (let k = 0; k < size; k++) {
      const key = scratchKey[k];
      const at = bucket[key]++;
      arcRight[at] = scratchRight[k];
      arcScore[at] = 1000 - (key & SCORE_MASK);
    }
  }
  return {
    sourceSide: mentorsFirst ? 'mentors' : 'mentees',
    leftCount,
    rightCount: mentorsFirst ? menteeCount : mentorCount,
    leftCap: mentorsFirst ? mentorUnits : menteeUnits,
    rightCap: mentorsFirst ? menteeUnits : mentorUnits,
    arcCount,
    leftStart,
    arcRight,
    arcScore,
    penalty: 1000 * (Math.min(mentorTotal, menteeTotal) + 1),
  };
}

class ShortestPathSolver {
  readonly potential: Float64Array;
  private readonly net: FlowNetwork;
  private readonly sink: number;
  private readonly used: Int32Array; // units taken per right node
  private readonly assignStart: Int32Array; // right node r's edges with flow start here
  private readonly assigned: Int32Array;
  private readonly assignedLeft: Int32Array; // the left node of each assigned arc
  private readonly flow: Int32Array; // one bit per arc: the pair is taken
  private readonly unmatched: Int32Array; // units per left node on its unmatched arc
  private readonly dist: Float64Array;
  private readonly pred: Int32Array; // arc a node was reached by
  private readonly predLeft: Int32Array; // for a right node, the left node it was reached from
  private readonly seenIn: Int32Array; // search in which dist/pred were set
  private readonly doneIn: Int32Array; // search in which the node was settled
  private readonly settled: Int32Array;
  private readonly heap: NodeHeap;
  private search = 0;

  constructor(net: FlowNetwork) {
    this.net = net;
    const nodes = net.leftCount + net.rightCount;
    this.sink = nodes;
    this.flow = new Int32Array((net.arcCount + 31) >> 5);
    this.potential = new Float64Array(nodes + 1);
    this.used = new Int32Array(net.rightCount);
    this.assignStart = new Int32Array(net.rightCount + 1);
    for (let r = 0; r < net.rightCount; r++) {
      this.assignStart[r + 1] = this.assignStart[r] + net.rightCap[r];
    }
    this.assigned = new Int32Array(this.assignStart[net.rightCount]);
    this.assignedLeft = new Int32Array(this.assignStart[net.rightCount]);
    this.unmatched = new Int32Array(net.leftCount);
    this.dist = new Float64Array(nodes);
    this.pred = new Int32Array(nodes);
    this.predLeft = new Int32Array(nodes);
    this.seenIn = new Int32Array(nodes);
    this.doneIn = new Int32Array(nodes);
    this.settled = new Int32Array(nodes);
    this.heap = new NodeHeap(nodes, this.dist);
    // Reduced cost of l -> r is -score + pi(l) - pi(r) >= 0 with pi(l) = l's best score.
    // Arcs come highest score first.
    for (let l = 0; l < net.leftCount; l++) {
      const first = net.leftStart[l];
      this.potential[l] = first < net.leftStart[l + 1] ? Math.max(0, net.arcScore[first]) : 0;
    }
  }

  run(): void {
    const { leftCount, leftCap } = this.net;
    let maxUnits = 0;
    for (let l = 0; l < leftCount; l++) {
      maxUnits = Math.max(maxUnits, leftCap[l]);
    }
    // Round by round, one unit of every node that still has one, in index order.
    for (let round = 0; round < maxUnits; round++) {
      for (let l = 0; l < leftCount; l++) {
        if (leftCap[l] > round) {
          this.route(l);
        }
      }
    }
  }

  // Every pair taken, as (left node, arc).
  forEachChosen(visit: (left: number, arc: number) => void): void {
    for (let r = 0; r < this.net.rightCount; r++) {
      for (let k = this.assignStart[r]; k < this.assignStart[r] + this.used[r]; k++) {
        visit(this.assignedLeft[k], this.assigned[k]);
      }
    }
  }

  private route(source: number): void {
    const { leftCount, leftStart, arcRight, arcScore, rightCap, leftCap } = this.net;
    const { potential: pi, dist, pred, predLeft, seenIn, doneIn, settled, heap, used, flow } = this;
    const { assigned, assignedLeft } = this;
    const penalty = this.net.penalty;
    const sinkPotential = pi[this.sink];
    const id = ++this.search;
    let settledCount = 0;
    let best = Number.POSITIVE_INFINITY;
    let bestVia = 0; // arc into a right node with room, or -1 - l for l's unmatched arc
    let bestFrom = 0; // the left node of bestVia

    seenIn[source] = id;
    dist[source] = 0;
    heap.push(source);
    while (heap.size > 0) {
      const u = heap.top();
      const du = dist[u];
      if (du >= best) {
        break;
      }
      heap.pop();
      doneIn[u] = id;
      settled[settledCount++] = u;
      const pu = pi[u];
      if (u < leftCount) {
        if (this.unmatched[u] < leftCap[u]) {
          const cost = du + penalty + pu - sinkPotential;
          if (cost < best) {
            best = cost;
            bestVia = -1 - u;
          }
        }
        // Right nodes' potentials only ever decrease from 0, so du + pu - score is a lower
        // bound on the distance through an edge; by descending score, stop once it reaches
        // `best`. A right node with room sits at potential 0, so the first one met is the
        // best of them.
        for (let arc = leftStart[u]; arc < leftStart[u + 1]; arc++) {
          const bound = du + pu - arcScore[arc];
          if (bound >= best) {
            break;
          }
          if (((flow[arc >> 5] >>> (arc & 31)) & 1) === 1) {
            continue;
          }
          const r = arcRight[arc];
          const node = leftCount + r;
          const next = bound - pi[node];
          if (used[r] < rightCap[r]) {
            const cost = next + pi[node] - sinkPotential;
            if (cost < best) {
              best = cost;
              bestVia = arc;
              bestFrom = u;
            }
          } else if (next < best && doneIn[node] !== id) {
            if (this.relax(node, next, arc, id)) {
              predLeft[node] = u;
            }
          }
        }
      } else {
        const r = u - leftCount;
        const end = this.assignStart[r] + used[r];
        for (let k = this.assignStart[r]; k < end; k++) {
          const arc = assigned[k];
          const l = assignedLeft[k];
          const next = du + arcScore[arc] + pu - pi[l];
          if (next < best && doneIn[l] !== id) {
            this.relax(l, next, arc, id);
          }
        }
      }
    }
    heap.clear();

    // Dijkstra stopped at distance `best`: shifting every settled node by its distance
    // minus `best` keeps all reduced costs >= 0 and makes the path's arcs tight.
    for (let k = 0; k < settledCount; k++) {
      const u = settled[k];
      pi[u] += dist[u] - best;
    }

    let l: number;
    if (bestVia < 0) {
      l = -1 - bestVia;
      this.unmatched[l]++;
    } else {
      const r = arcRight[bestVia];
      flow[bestVia >> 5] |= 1 << (bestVia & 31);
      assigned[this.assignStart[r] + used[r]] = bestVia;
      assignedLeft[this.assignStart[r] + used[r]] = bestFrom;
      used[r]++;
      l = bestFrom;
    }
    while (l !== source) {
      const back = pred[l]; // l gives this pair up...
      const r = arcRight[back];
      const forward = pred[leftCount + r]; // ...and r takes the previous node on the path
      const from = predLeft[leftCount + r];
      flow[back >> 5] &= ~(1 << (back & 31));
      flow[forward >> 5] |= 1 << (forward & 31);
      const end = this.assignStart[r] + used[r];
      for (let k = this.assignStart[r]; k < end; k++) {
        if (assigned[k] === back) {
          assigned[k] = forward;
          assignedLeft[k] = from;
          break;
        }
      }
      l = from;
    }
  }

  // True when the node's distance was set or lowered.
  private relax(node: number, distance: number, arc: number, id: number): boolean {
    if (this.seenIn[node] !== id) {
      this.seenIn[node] = id;
      this.dist[node] = distance;
      this.pred[node] = arc;
      this.heap.push(node);
      return true;
    }
    if (distance < this.dist[node]) {
      this.dist[node] = distance;
      this.pred[node] = arc;
      this.heap.decrease(node);
      return true;
    }
    return false;
  }
}
