// Every feasible mentor-mentee pair with its weekly overlap and score, as flat typed arrays
// (CSR by mentee, mentors ascending), plus the per-mentee counts that explain unmatched
// mentees.
//
// Overlaps are exact. The week is cut into slots of g minutes, g the greatest common divisor
// of every set boundary (15 on the usual grid), so a set is a run of whole slots. Mentors are
// bucketed by zone and languages, and for each bucket and week class of its zone the mentors
// available in each UTC slot of the week are listed; a mentee then adds up, slot by slot, how
// many of its slots each mentor shares, visiting only the buckets that share a language with
// it and only the slots in which it is available. That is done once per distinct pair of week
// classes the two zones go through (full weeks that differ only by a common shift of both
// zones count once), and the smallest count is the overlap. A mentor short of the minimum in
// the first pair of classes is out, so the other pairs only look at the mentors still in,
// each from its own runs of slots against the mentee's running count. Only the feasible pairs
// are scored, straight into typed arrays.
import type { AvailabilityModel } from './availability-model';
import {
  type ScoreContext,
  availabilityComponent,
  combineScore,
  goalsComponent,
  interestsComponent,
  languageComponent,
} from './score';
import type { NormalizedInstance } from './validate-instance';
import { WEEK_MINUTES } from './zone-timeline';

export type CandidateGraph = {
  menteeCount: number;
  mentorCount: number;
  edgeCount: number;
  offsets: Int32Array; // mentee i owns edges offsets[i] .. offsets[i + 1] - 1
  mentor: Int32Array;
  score: Uint16Array; // 0..1000
  overlap: Uint16Array; // minutes per week (the smallest week)
  languageCompatible: Int32Array; // per mentee: mentors sharing a language
  overlapCompatible: Int32Array; // per mentee: ... that also have enough weekly overlap
};

type MentorGroup = { zone: number; languages: number; mentors: Int32Array; classBase: number };

export function buildCandidateGraph(
  instance: NormalizedInstance,
  model: AvailabilityModel,
  ctx: ScoreContext,
): CandidateGraph {
  const menteeCount = instance.mentees.length;
  const mentorCount = instance.mentors.length;
  const overlaps = new SlotOverlaps(instance, model);
  const scorer = new PairScorer(instance, ctx, overlaps.slotMinutes, overlaps.slotCount);
  const { selfMentor, excludedStart, excludedMentor } = pairLookups(instance);
  // minutes >= minOverlap exactly when slots >= this many.
  const enoughSlots = Math.ceil(instance.cohort.minOverlapMinutes / overlaps.slotMinutes);

  const offsets = new Int32Array(menteeCount + 1);
  const languageCompatible = new Int32Array(menteeCount);
  const overlapCompatible = new Int32Array(menteeCount);
  const mentorLanguages = Int32Array.from(instance.mentors, (mentor) => mentor.languageMask);
  // Room for an eighth of all pairs to start with; it grows if more are feasible.
  let capacity = Math.max(
    16,
    Math.min(mentorCount * menteeCount, 65536 + Math.floor((mentorCount * menteeCount) / 8)),
  );
  let edgeMentor = new Int32Array(capacity);
  let edgeScore = new Uint16Array(capacity);
  let edgeOverlap = new Uint16Array(capacity); // minutes, at most a week's 10080
  let edgeCount = 0;
  const { feasible, slots, slotMinutes } = overlaps;
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    let language = overlaps.fill(mentee, enoughSlots);
    let overlapping = overlaps.feasibleCount;
    const self = selfMentor[mentee];
    if (self >= 0 && (mentorLanguages[self] & instance.mentees[mentee].languageMask) !== 0) {
      language--;
      overlapping -= (feasible[self >> 5] >>> (self & 31)) & 1;
    }
    languageCompatible[mentee] = language;
    overlapCompatible[mentee] = overlapping;

    scorer.startMentee(mentee);
    let excluded = excludedStart[mentee];
    const excludedEnd = excludedStart[mentee + 1];
    // The feasible mentors in ascending order, clearing the set as it is read.
    for (let word = 0; word < feasible.length; word++) {
      let bits = feasible[word];
      if (bits === 0) {
        continue;
      }
      feasible[word] = 0;
      do {
        const low = bits & -bits;
        bits ^= low;
        const m = (word << 5) + 31 - Math.clz32(low);
        if (m === self) {
          continue;
        }
        while (excluded < excludedEnd && excludedMentor[excluded] < m) {
          excluded++;
        }
        if (excluded < excludedEnd && excludedMentor[excluded] === m) {
          continue;
        }
        if (edgeCount === capacity) {
          capacity *= 2;
          edgeMentor = grown(edgeMentor, new Int32Array(capacity));
          edgeScore = grown(edgeScore, new Uint16Array(capacity));
          edgeOverlap = grown(edgeOverlap, new Uint16Array(capacity));
        }
        edgeMentor[edgeCount] = m;
        edgeScore[edgeCount] = scorer.score(m, slots[m]);
        edgeOverlap[edgeCount] = slots[m] * slotMinutes;
        edgeCount++;
      } while (bits !== 0);
    }
    scorer.endMentee();
    offsets[mentee + 1] = edgeCount;
  }

  return {
    menteeCount,
    mentorCount,
    edgeCount,
    offsets,
    mentor: edgeMentor.subarray(0, edgeCount),
    score: edgeScore.subarray(0, edgeCount),
    overlap: edgeOverlap.subarray(0, edgeCount),
    languageCompatible,
    overlapCompatible,
  };
}

function grown<T extends Int32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

// Weekly overlap, in slots, of one mentee with the mentors sharing a language.
class SlotOverlaps {
  readonly slotMinutes: number;
  readonly slotCount: number;
  // After fill: the mentors with enough overlap (a bit set by mentor index, which the caller
  // clears), their number, and their overlap in slots.
  readonly feasible: Int32Array;
  readonly slots: Int32Array;
  feasibleCount = 0;
  private readonly groups: MentorGroup[];
  private readonly slotStart: Int32Array;
  private readonly slotMentor: Uint16Array;
  private readonly menteeSlots: Int32Array[][]; // [mentee][class] -> slot runs
  private readonly menteeLanguages: Int32Array;
  private readonly comboRow: Int32Array; // per mentee: its zone's row in `combos`
  private readonly combos: Int32Array[];
  // Per place in the current group: shared slots (a week has at most 10080).
  private readonly counts: Uint16Array;
  private readonly kept: Int32Array; // places of the members still in, and their overlap
  private readonly keptSlots: Int32Array;
  // Each mentor's runs of slots per week class, by group row (classBase + class) and place:
  // runs[runStart[rowRunBase[row] + place] ..], for the later pairs of classes.
  private readonly rowRunBase: Int32Array;
  private readonly runStart: Int32Array;
  private readonly runs: Int32Array;
  private readonly prefix: Int32Array;
  private readonly prefixOf: Int32Array; // the mentee each class's prefix was built for

  constructor(instance: NormalizedInstance, model: AvailabilityModel) {
    this.slotMinutes = slotGranularity(model);
    this.slotCount = WEEK_MINUTES / this.slotMinutes;
    this.groups = groupMentors(instance, model);
    const lists = listMentorsBySlot(model, this.groups, this.slotMinutes, this.slotCount);
    this.slotStart = lists.slotStart;
    this.slotMentor = lists.slotMentor;
    this.menteeSlots = model.mentees.map((schedule) =>
      schedule.sets.map((set) => set.map((minute) => minute / this.slotMinutes)),
    );
    this.menteeLanguages = Int32Array.from(instance.mentees, (mentee) => mentee.languageMask);
    this.comboRow = model.menteeZone.map((zone) => zone * model.zones.length);
    this.combos = classCombos(model);
    const mentorCount = instance.mentors.length;
    const largest = this.groups.reduce((most, group) => Math.max(most, group.mentors.length), 0);
    this.counts = new Uint16Array(largest);
    this.kept = new Int32Array(largest);
    this.keptSlots = new Int32Array(largest);
    this.feasible = new Int32Array((mentorCount + 31) >> 5);
    this.slots = new Int32Array(mentorCount);
    const runs = listMentorRuns(model, this.groups, this.slotMinutes);
    this.rowRunBase = runs.rowRunBase;
    this.runStart = runs.runStart;
    this.runs = runs.runs;
    const classes = model.zones.reduce(
      (most, zone) => Math.max(most, zone.classes.representativeWeek.length),
      0,
    );
    this.prefix = new Int32Array(classes * (this.slotCount + 1));
    this.prefixOf = new Int32Array(classes).fill(-1);
  }

  // Offset in `prefix` of the mentee's running count of slots in one week class:
  // prefix[at + s] is how many of its slots come before slot s.
  private prefixFor(mentee: number, cls: number): number {
    const at = cls * (this.slotCount + 1);
    if (this.prefixOf[cls] !== mentee) {
      this.prefixOf[cls] = mentee;
      const { prefix, slotCount } = this;
      const runs = this.menteeSlots[mentee][cls];
      let total = 0;
      let s = 0;
      prefix[at] = 0;
      for (let j = 0; j < runs.length; j += 2) {
        for (; s < runs[j]; s++) {
          prefix[at + s + 1] = total;
        }
        for (; s < runs[j + 1]; s++) {
          prefix[at + s + 1] = ++total;
        }
      }
      for (; s < slotCount; s++) {
        prefix[at + s + 1] = total;
      }
    }
    return at;
  }

  // Marks in `feasible` the mentors sharing a language whose smallest weekly overlap is at
  // least enoughSlots, with that overlap in `slots`; returns how many share a language.
  // Counters are kept by place in the group, so they stay small and are read in order.
  fill(mentee: number, enoughSlots: number): number {
    const { counts, kept, keptSlots, slots, feasible, slotStart, slotMentor } = this;
    const { rowRunBase, runStart, runs: mentorRuns, prefix } = this;
    const stride = this.slotCount + 1;
    const languages = this.menteeLanguages[mentee];
    const menteeSlots = this.menteeSlots[mentee];
    let language = 0;
    let feasibleCount = 0;
    for (const group of this.groups) {
      if ((group.languages & languages) === 0) {
        continue;
      }
      const members = group.mentors;
      const size = members.length;
      language += size;
      const pairs = this.combos[this.comboRow[mentee] + group.zone];
      // The first pair of week classes: every member of the group is counted.
      const runs = menteeSlots[pairs[0]];
      const base = (group.classBase + pairs[1]) * stride;
      for (let j = 0; j < runs.length; j += 2) {
        const end = slotStart[base + runs[j + 1]];
        for (let p = slotStart[base + runs[j]]; p < end; p++) {
          counts[slotMentor[p]]++;
        }
      }
      // Branch-free: whether a member stays in is close to a coin toss.
      let keptCount = 0;
      for (let j = 0; j < size; j++) {
        const count = counts[j];
        kept[keptCount] = j;
        keptSlots[keptCount] = count;
        keptCount += (enoughSlots - 1 - count) >>> 31;
        counts[j] = 0;
      }
      // The other pairs: only the members still in, each from its own runs against the
      // mentee's running count of slots; a member short of the minimum drops out.
      for (let c = 2; c < pairs.length && keptCount > 0; c += 2) {
        const at = this.prefixFor(mentee, pairs[c]);
        const rowBase = rowRunBase[group.classBase + pairs[c + 1]];
        let stay = 0;
        for (let k = 0; k < keptCount; k++) {
          const place = rowBase + kept[k];
          let shared = 0;
          for (let r = runStart[place]; r < runStart[place + 1]; r += 2) {
            shared += prefix[at + mentorRuns[r + 1]] - prefix[at + mentorRuns[r]];
          }
          kept[stay] = kept[k];
          keptSlots[stay] = Math.min(keptSlots[k], shared);
          stay += (enoughSlots - 1 - shared) >>> 31;
        }
        keptCount = stay;
      }
      for (let k = 0; k < keptCount; k++) {
        const m = members[kept[k]];
        slots[m] = keptSlots[k];
        feasible[m >> 5] |= 1 << (m & 31);
      }
      feasibleCount += keptCount;
    }
    this.feasibleCount = feasibleCount;
    return language;
  }
}

// Scores of one mentee's pairs. Shared interests and goals met are found from bit masks of
// tag ids when the vocabularies are small (the usual case: a few words per person), else
// from the mentee's tags marked in a table; either way the shared idf is summed in ascending
// tag id, the mentor's own order, so the score is the same to the bit.
const MASK_WORDS = 4; // vocabularies of up to 128 tags use masks

class PairScorer {
  private readonly instance: NormalizedInstance;
  private readonly ctx: ScoreContext;
  private readonly mentorLanguages: Int32Array;
  private readonly interestWords: number; // 0 when tags are marked instead
  private readonly goalWords: number;
  private readonly mentorInterestMask: Int32Array;
  private readonly mentorExpertiseMask: Int32Array;
  private readonly menteeInterestMask: Int32Array;
  private readonly menteeGoalMask: Int32Array;
  private readonly mentorInterests: { start: Int32Array; values: Int32Array };
  private readonly mentorExpertise: { start: Int32Array; values: Int32Array };
  private readonly interestMark: Float64Array;
  private readonly goalMark: Int32Array;
  // The availability part for each overlap in slots, and the goals part for each number of
  // goals met (this mentee's): the same helpers on the same inputs, computed once.
  private readonly availability: Float64Array;
  private readonly goals: Float64Array;
  private mentee = -1;
  private preferred = 0;
  private equity = 0;

  constructor(
    instance: NormalizedInstance,
    ctx: ScoreContext,
    slotMinutes: number,
    slotCount: number,
  ) {
    this.instance = instance;
    this.ctx = ctx;
    this.mentorLanguages = Int32Array.from(instance.mentors, (mentor) => mentor.languageMask);
    const words = (size: number): number => (size <= 32 * MASK_WORDS ? (size + 31) >> 5 : 0);
    this.interestWords = words(ctx.idf.length);
    this.goalWords = words(ctx.goalCount);
    this.mentorInterestMask = masks(ctx.mentorInterests, this.interestWords);
    this.mentorExpertiseMask = masks(ctx.mentorExpertise, this.goalWords);
    this.menteeInterestMask = new Int32Array(this.interestWords);
    this.menteeGoalMask = new Int32Array(this.goalWords);
    this.mentorInterests = flatten(ctx.mentorInterests);
    this.mentorExpertise = flatten(ctx.mentorExpertise);
    this.interestMark = new Float64Array(ctx.idf.length);
    this.goalMark = new Int32Array(ctx.goalCount);
    this.availability = new Float64Array(slotCount + 1);
    for (let s = 0; s <= slotCount; s++) {
      this.availability[s] = availabilityComponent(s * slotMinutes, ctx.targetOverlapMinutes);
    }
    this.goals = new Float64Array(ctx.goalCount + 1);
  }

  startMentee(mentee: number): void {
    const { ctx, interestMark, goalMark } = this;
    this.mentee = mentee;
    this.preferred = this.instance.mentees[mentee].preferredLanguage;
    this.equity = this.instance.mentees[mentee].underrepresented ? 1 : 0;
    const interests = ctx.menteeInterests[mentee];
    const goals = ctx.menteeGoals[mentee];
    this.menteeInterestMask.set(masks([interests], this.interestWords));
    this.menteeGoalMask.set(masks([goals], this.goalWords));
    interests.forEach((tag) => (interestMark[tag] = ctx.idf[tag]));
    goals.forEach((goal) => (goalMark[goal] = 1));
    for (let hits = 0; hits <= goals.length; hits++) {
      this.goals[hits] = goalsComponent(hits, goals.length);
    }
  }

  endMentee(): void {
    this.ctx.menteeInterests[this.mentee].forEach((tag) => (this.interestMark[tag] = 0));
    this.ctx.menteeGoals[this.mentee].forEach((goal) => (this.goalMark[goal] = 0));
  }

  // Same helpers, same order of sums as pairComponents (score.ts).
  score(mentor: number, slots: number): number {
    const { ctx } = this;
    return combineScore(
      ctx,
      languageComponent(this.mentorLanguages[mentor], this.preferred),
      this.availability[slots],
      interestsComponent(
        this.interestWords > 0 ? this.sharedByMask(mentor) : this.sharedByMark(mentor),
        ctx.menteeInterestWeight[this.mentee],
        ctx.mentorInterestWeight[mentor],
      ),
      this.goals[this.goalWords > 0 ? this.hitsByMask(mentor) : this.hitsByMark(mentor)],
      this.equity,
    );
  }

  private sharedByMask(mentor: number): number {
    const { interestWords: words, mentorInterestMask, menteeInterestMask, ctx } = this;
    let shared = 0;
    for (let w = 0; w < words; w++) {
      let bits = mentorInterestMask[mentor * words + w] & menteeInterestMask[w];
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        shared += ctx.idf[(w << 5) + 31 - Math.clz32(low)];
      }
    }
    return shared;
  }

  private sharedByMark(mentor: number): number {
    const { mentorInterests, interestMark } = this;
    let shared = 0;
    for (let p = mentorInterests.start[mentor]; p < mentorInterests.start[mentor + 1]; p++) {
      shared += interestMark[mentorInterests.values[p]];
    }
    return shared;
  }

  private hitsByMask(mentor: number): number {
    const { goalWords: words, mentorExpertiseMask, menteeGoalMask } = this;
    let hits = 0;
    for (let w = 0; w < words; w++) {
      let bits = mentorExpertiseMask[mentor * words + w] & menteeGoalMask[w];
      while (bits !== 0) {
        bits &= bits - 1;
        hits++;
      }
    }
    return hits;
  }

  private hitsByMark(mentor: number): number {
    const { mentorExpertise, goalMark } = this;
    let hits = 0;
    for (let p = mentorExpertise.start[mentor]; p < mentorExpertise.start[mentor + 1]; p++) {
      hits += goalMark[mentorExpertise.values[p]];
    }
    return hits;
  }
}

// One row of `words` 32-bit words per list, bit t set for tag id t.
function masks(lists: readonly Int32Array[], words: number): Int32Array {
  const out = new Int32Array(lists.length * words);
  if (words > 0) {
    lists.forEach((list, row) =>
      list.forEach((tag) => (out[row * words + (tag >> 5)] |= 1 << (tag & 31))),
    );
  }
  return out;
}

// The largest slot length that divides every set boundary and the week.
function slotGranularity(model: AvailabilityModel): number {
  let g = WEEK_MINUTES;
  const seen = new Set<Int32Array>();
  for (const schedule of [...model.mentors, ...model.mentees]) {
    for (const set of schedule.sets) {
      if (seen.has(set)) {
        continue;
      }
      seen.add(set);
      for (const minute of set) {
        g = gcd(g, minute);
      }
    }
  }
  return g;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    [a, b] = [b, a % b];
  }
  return a;
}

const MAX_GROUP = 65536;

function groupMentors(instance: NormalizedInstance, model: AvailabilityModel): MentorGroup[] {
  const byKey = new Map<string, number[]>();
  instance.mentors.forEach((mentor, index) => {
    const key = `${model.mentorZone[index]}:${mentor.languageMask}`;
    const list = byKey.get(key) ?? [];
    list.push(index);
    byKey.set(key, list);
  });
  let classBase = 0;
  const groups: MentorGroup[] = [];
  for (const [key, members] of byKey) {
    const [zone, languages] = key.split(':').map(Number);
    // Slot lists hold a mentor's place in its group in 16 bits, so a huge group is split.
    for (let from = 0; from < members.length; from += MAX_GROUP) {
      const mentors = Int32Array.from(members.slice(from, from + MAX_GROUP));
      groups.push({ zone, languages, mentors, classBase });
      classBase += model.zones[zone].classes.representativeWeek.length;
    }
  }
  return groups;
}

// For group g and class c, the mentors available in slot s are
// slotMentor[slotStart[(g.classBase + c) * (slotCount + 1) + s] ..], ascending slot by slot,
// so a run of slots is one contiguous range; each is given by its place in g.mentors.
function listMentorsBySlot(
  model: AvailabilityModel,
  groups: readonly MentorGroup[],
  slotMinutes: number,
  slotCount: number,
): { slotStart: Int32Array; slotMentor: Uint16Array } {
  const classTotal = groups.reduce(
    (sum, group) => sum + model.zones[group.zone].classes.representativeWeek.length,
    0,
  );
  const stride = slotCount + 1;
  const slotStart = new Int32Array(classTotal * stride + 1);
  let total = 0;
  for (const group of groups) {
    const classCount = model.zones[group.zone].classes.representativeWeek.length;
    for (let c = 0; c < classCount; c++) {
      const base = (group.classBase + c) * stride;
      for (const m of group.mentors) {
        const set = model.mentors[m].sets[c];
        for (let j = 0; j < set.length; j += 2) {
          for (let s = set[j] / slotMinutes; s < set[j + 1] / slotMinutes; s++) {
            slotStart[base + s + 1]++;
          }
        }
      }
      slotStart[base] = total;
      for (let s = 1; s <= slotCount; s++) {
        slotStart[base + s] += slotStart[base + s - 1];
      }
      total = slotStart[base + slotCount];
    }
  }
  const slotMentor = new Uint16Array(total);
  const fill = slotStart.slice();
  for (const group of groups) {
    const classCount = model.zones[group.zone].classes.representativeWeek.length;
    for (let c = 0; c < classCount; c++) {
      const base = (group.classBase + c) * stride;
      group.mentors.forEach((m, local) => {
        const set = model.mentors[m].sets[c];
        for (let j = 0; j < set.length; j += 2) {
          for (let s = set[j] / slotMinutes; s < set[j + 1] / slotMinutes; s++) {
            slotMentor[fill[base + s]++] = local;
          }
        }
      });
    }
  }
  return { slotStart, slotMentor };
}

// Every mentor's set per week class in slots, laid out group row by group row (a row is a
// group and one class of its zone), members in group order.
function listMentorRuns(
  model: AvailabilityModel,
  groups: readonly MentorGroup[],
  slotMinutes: number,
): { rowRunBase: Int32Array; runStart: Int32Array; runs: Int32Array } {
  const rowRunBase: number[] = [];
  const runStart: number[] = [0];
  const runs: number[] = [];
  for (const group of groups) {
    const classCount = model.zones[group.zone].classes.representativeWeek.length;
    for (let c = 0; c < classCount; c++) {
      rowRunBase[group.classBase + c] = runStart.length - 1;
      for (const m of group.mentors) {
        for (const minute of model.mentors[m].sets[c]) {
          runs.push(minute / slotMinutes);
        }
        runStart.push(runs.length);
      }
    }
  }
  return {
    rowRunBase: Int32Array.from(rowRunBase),
    runStart: Int32Array.from(runStart),
    runs: Int32Array.from(runs),
  };
}

// For each (mentee zone, mentor zone), the distinct (mentee class, mentor class) pairs over
// the cohort's weeks, flattened. Two full weeks whose offsets differ by the same amount give
// every pair the same overlap (both sets are the same periodic pattern shifted together).
function classCombos(model: AvailabilityModel): Int32Array[] {
  const zoneCount = model.zones.length;
  const out: Int32Array[] = new Array<Int32Array>(zoneCount * zoneCount);
  for (let zb = 0; zb < zoneCount; zb++) {
    for (let za = 0; za < zoneCount; za++) {
      const menteeClasses = model.zones[zb].classes;
      const mentorClasses = model.zones[za].classes;
      const seen = new Set<string>();
      const pairs: number[] = [];
      for (let week = 0; week < model.weeks.weekCount; week++) {
        const cb = menteeClasses.weekClass[week];
        const ca = mentorClasses.weekClass[week];
        const offB = menteeClasses.fullOffset[cb];
        const offA = mentorClasses.fullOffset[ca];
        const key = offA !== null && offB !== null ? `R${offA - offB}` : `C${cb}:${ca}`;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push(cb, ca);
        }
      }
      out[zb * zoneCount + za] = Int32Array.from(pairs);
    }
  }
  return out;
}

function flatten(lists: readonly Int32Array[]): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i] + list.length));
  const values = new Int32Array(start[lists.length]);
  lists.forEach((list, i) => values.set(list, start[i]));
  return { start, values };
}

// The mentor record of the same person as each mentee (-1 if none), and each mentee's
// excluded mentors, ascending.
function pairLookups(instance: NormalizedInstance): {
  selfMentor: Int32Array;
  excludedStart: Int32Array;
  excludedMentor: Int32Array;
} {
  const mentorById = new Map(instance.mentors.map((mentor, index) => [mentor.id, index]));
  const selfMentor = Int32Array.from(instance.mentees, (mentee) => mentorById.get(mentee.id) ?? -1);
  const lists: number[][] = instance.mentees.map(() => []);
  instance.exclusions.forEach((pair) => lists[pair.mentee].push(pair.mentor));
  const sorted = lists.map((list) => Int32Array.from([...new Set(list)].sort((a, b) => a - b)));
  const { start, values } = flatten(sorted);
  return { selfMentor, excludedStart: start, excludedMentor: values };
}
