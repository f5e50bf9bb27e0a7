// Every feasible mentor-mentee pair with its weekly overlap and score, as flat typed arrays
// (CSR by mentee, mentors ascending), plus the per-mentee counts that explain unmatched
// mentees.
//
// Overlaps are exact. The week is cut into slots of g minutes, g the greatest common divisor
// of every set boundary (15 on the usual grid), so a set is a run of whole slots. For each
// group of mentors sharing a zone and languages, and each week class of that zone, the
// mentors available in each slot are listed; a mentee then adds up, slot by slot, how many
// of its slots each mentor shares. That is done once per distinct pair of week classes the
// two zones go through (full weeks that differ only by a common shift of both zones count
// once), and the smallest count is the overlap. Mentors with no language in common are
// never visited.
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
  score: Int32Array;
  overlap: Int32Array; // minutes per week (the smallest week)
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
  const scorer = new PairScorer(instance, ctx);
  const { selfMentor, excludedStart, excludedMentor } = pairLookups(instance);
  // minutes >= minOverlap exactly when slots >= this many.
  const enoughSlots = Math.ceil(instance.cohort.minOverlapMinutes / overlaps.slotMinutes);

  const shared = new Int32Array(mentorCount);
  const offsets = new Int32Array(menteeCount + 1);
  const languageCompatible = new Int32Array(menteeCount);
  const overlapCompatible = new Int32Array(menteeCount);
  // Room for an eighth of all pairs to start with; it grows if more are feasible.
  const edges = new EdgeBuffer(
    Math.min(mentorCount * menteeCount, 65536 + Math.floor((mentorCount * menteeCount) / 8)),
  );
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    const counted = overlaps.fill(mentee, shared, enoughSlots);
    const self = selfMentor[mentee];
    if (self >= 0 && shared[self] >= 0) {
      counted.language--;
      counted.overlapping -= shared[self] >= enoughSlots ? 1 : 0;
    }
    languageCompatible[mentee] = counted.language;
    overlapCompatible[mentee] = counted.overlapping;

    scorer.startMentee(mentee);
    let excluded = excludedStart[mentee];
    const excludedEnd = excludedStart[mentee + 1];
    for (let m = 0; m < mentorCount; m++) {
      const slots = shared[m];
      if (slots < enoughSlots || slots < 0 || m === self) {
        continue;
      }
      while (excluded < excludedEnd && excludedMentor[excluded] < m) {
        excluded++;
      }
      if (excluded < excludedEnd && excludedMentor[excluded] === m) {
        continue;
      }
      const minutes = slots * overlaps.slotMinutes;
      edges.push(m, scorer.score(m, minutes), minutes);
    }
    scorer.endMentee();
    offsets[mentee + 1] = edges.length;
  }

  return {
    menteeCount,
    mentorCount,
    edgeCount: edges.length,
    offsets,
    mentor: edges.mentor.subarray(0, edges.length),
    score: edges.score.subarray(0, edges.length),
    overlap: edges.overlap.subarray(0, edges.length),
    languageCompatible,
    overlapCompatible,
  };
}

// Weekly overlap, in slots, of one mentee with every mentor.
class SlotOverlaps {
  readonly slotMinutes: number;
  private readonly slotCount: number;
  private readonly groups: MentorGroup[];
  private readonly slotStart: Int32Array;
  private readonly slotMentor: Int32Array;
  private readonly menteeSlots: Int32Array[][]; // [mentee][class] -> slot runs
  private readonly menteeLanguages: Int32Array;
  private readonly comboRow: Int32Array; // per mentee: its zone's row in `combos`
  private readonly combos: Int32Array[];
  private readonly counts: Int32Array;

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
    this.counts = new Int32Array(instance.mentors.length);
  }

  // Sets shared[m] to the smallest weekly overlap in slots with each mentor sharing a
  // language (-1 for the others) and counts those mentors and those with enough slots.
  fill(
    mentee: number,
    shared: Int32Array,
    enoughSlots: number,
  ): { language: number; overlapping: number } {
    const { counts, slotStart, slotMentor } = this;
    const stride = this.slotCount + 1;
    const languages = this.menteeLanguages[mentee];
    let language = 0;
    let overlapping = 0;
    shared.fill(-1);
    for (const group of this.groups) {
      if ((group.languages & languages) === 0) {
        continue;
      }
      const members = group.mentors;
      language += members.length;
      const pairs = this.combos[this.comboRow[mentee] + group.zone];
      for (let k = 0; k < pairs.length; k += 2) {
        const runs = this.menteeSlots[mentee][pairs[k]];
        const base = (group.classBase + pairs[k + 1]) * stride;
        // A run of slots is one contiguous range of the lists.
        for (let j = 0; j < runs.length; j += 2) {
          const end = slotStart[base + runs[j + 1]];
          for (let p = slotStart[base + runs[j]]; p < end; p++) {
            counts[slotMentor[p]]++;
          }
        }
        for (let j = 0; j < members.length; j++) {
          const m = members[j];
          if (k === 0 || counts[m] < shared[m]) {
            shared[m] = counts[m];
          }
          counts[m] = 0;
        }
      }
      for (let j = 0; j < members.length; j++) {
        if (shared[members[j]] >= enoughSlots) {
          overlapping++;
        }
      }
    }
    return { language, overlapping };
  }
}

// Scores of one mentee's pairs, with the mentee's tags marked for quick lookups.
class PairScorer {
  private readonly instance: NormalizedInstance;
  private readonly ctx: ScoreContext;
  private readonly mentorLanguages: Int32Array;
  private readonly mentorInterests: { start: Int32Array; values: Int32Array };
  private readonly mentorExpertise: { start: Int32Array; values: Int32Array };
  private readonly interestMark: Float64Array;
  private readonly goalMark: Int32Array;
  private mentee = -1;

  constructor(instance: NormalizedInstance, ctx: ScoreContext) {
    this.instance = instance;
    this.ctx = ctx;
    this.mentorLanguages = Int32Array.from(instance.mentors, (mentor) => mentor.languageMask);
    this.mentorInterests = flatten(ctx.mentorInterests);
    this.mentorExpertise = flatten(ctx.mentorExpertise);
    this.interestMark = new Float64Array(ctx.idf.length);
    this.goalMark = new Int32Array(ctx.goalCount);
  }

  startMentee(mentee: number): void {
    this.mentee = mentee;
    this.ctx.menteeInterests[mentee].forEach((tag) => (this.interestMark[tag] = this.ctx.idf[tag]));
    this.ctx.menteeGoals[mentee].forEach((goal) => (this.goalMark[goal] = 1));
  }

  endMentee(): void {
    this.ctx.menteeInterests[this.mentee].forEach((tag) => (this.interestMark[tag] = 0));
    this.ctx.menteeGoals[this.mentee].forEach((goal) => (this.goalMark[goal] = 0));
  }

  // Same helpers, same order of sums as pairComponents (score.ts).
  score(mentor: number, minutes: number): number {
    const { ctx, mentorInterests, mentorExpertise, interestMark, goalMark } = this;
    const mentee = this.instance.mentees[this.mentee];
    let shared = 0;
    for (let p = mentorInterests.start[mentor]; p < mentorInterests.start[mentor + 1]; p++) {
      shared += interestMark[mentorInterests.values[p]];
    }
    let hits = 0;
    for (let p = mentorExpertise.start[mentor]; p < mentorExpertise.start[mentor + 1]; p++) {
      hits += goalMark[mentorExpertise.values[p]];
    }
    return combineScore(
      ctx,
      languageComponent(this.mentorLanguages[mentor], mentee.preferredLanguage),
      availabilityComponent(minutes, ctx.targetOverlapMinutes),
      interestsComponent(
        shared,
        ctx.menteeInterestWeight[this.mentee],
        ctx.mentorInterestWeight[mentor],
      ),
      goalsComponent(hits, ctx.menteeGoals[this.mentee].length),
      mentee.underrepresented ? 1 : 0,
    );
  }
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
    groups.push({ zone, languages, mentors: Int32Array.from(members), classBase });
    classBase += model.zones[zone].classes.representativeWeek.length;
  }
  return groups;
}

// For group g and class c, the mentors available in slot s are
// slotMentor[slotStart[(g.classBase + c) * (slotCount + 1) + s] ..], ascending slot by slot,
// so a run of slots is one contiguous range.
function listMentorsBySlot(
  model: AvailabilityModel,
  groups: readonly MentorGroup[],
  slotMinutes: number,
  slotCount: number,
): { slotStart: Int32Array; slotMentor: Int32Array } {
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
  const slotMentor = new Int32Array(total);
  const fill = slotStart.slice();
  for (const group of groups) {
    const classCount = model.zones[group.zone].classes.representativeWeek.length;
    for (let c = 0; c < classCount; c++) {
      const base = (group.classBase + c) * stride;
      for (const m of group.mentors) {
        const set = model.mentors[m].sets[c];
        for (let j = 0; j < set.length; j += 2) {
          for (let s = set[j] / slotMinutes; s < set[j + 1] / slotMinutes; s++) {
            slotMentor[fill[base + s]++] = m;
          }
        }
      }
    }
  }
  return { slotStart, slotMentor };
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

class EdgeBuffer {
  mentor: Int32Array;
  score: Int32Array;
  overlap: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.mentor = new Int32Array(size);
    this.score = new Int32Array(size);
    this.overlap = new Int32Array(size);
  }

  push(mentor: number, score: number, overlap: number): void {
    if (this.length === this.mentor.length) {
      this.mentor = grow(this.mentor);
      this.score = grow(this.score);
      this.overlap = grow(this.overlap);
    }
    this.mentor[this.length] = mentor;
    this.score[this.length] = score;
    this.overlap[this.length] = overlap;
    this.length++;
  }
}

function grow(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
