// Seeded synthetic cohorts that look like the program, for benchmarks (any benchmark may
// reuse it). Same seed and sizes, same instance, on any machine.
//
// - languages: 60% English only, 25% both, 15% Spanish only; Spanish speakers live in
//   Spanish-speaking zones, English-only people elsewhere, bilingual people anywhere;
// - zones weighted across the Americas, Europe and Africa;
// - 2-6 weekly windows of 1-3 hours on a 15-minute grid, mostly evenings and weekends;
// - interests: 2-6 of 40 tags drawn Zipf-like; goals 1-3 and expertise 2-5 of 12;
// - capacity 1-5; about 35% of mentees self-identify as underrepresented;
// - about 1% of mentees carry an exclusion and 0.5% a (feasible) pin.
import type {
  AvailabilityWindow,
  MatchingInstance,
  MenteeInput,
  MentorInput,
  PairRef,
} from '../src/matching/engine/types';
import {
  type LocalWindow,
  WEEKDAY_NAMES,
  buildPersonSchedule,
  buildZoneSchedule,
  cohortWeeks,
  pairOverlap,
  timelineSpan,
} from '../src/matching/engine/weekly-overlap';
import { buildZoneTimeline } from '../src/matching/engine/zone-timeline';

export type Random = {
  next: () => number; // [0, 1)
  int: (min: number, max: number) => number; // inclusive
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(items: ReadonlyArray<readonly [T, number]>) => T;
};

// mulberry32: small, fast and good enough for synthetic data.
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = next() * total;
      for (const [item, weight] of items) {
        draw -= weight;
        if (draw < 0) {
          return item;
        }
      }
      return items[items.length - 1][0];
    },
  };
}

// [zone, weight, Spanish-speaking]
const ZONES: ReadonlyArray<readonly [string, number, boolean]> = [
  ['America/New_York', 10, false],
  ['America/Chicago', 6, false],
  ['America/Denver', 2, false],
  ['America/Los_Angeles', 6, false],
  ['America/Toronto', 3, false],
  ['America/St_Johns', 0.5, false],
  ['America/Sao_Paulo', 4, false],
  ['America/Mexico_City', 6, true],
  ['America/Bogota', 5, true],
  ['America/Lima', 3, true],
  ['America/Santiago', 3, true],
  ['America/Argentina/Buenos_Aires', 4, true],
  ['America/Caracas', 1, true],
  ['America/Guatemala', 1, true],
  ['America/Havana', 0.5, true],
  ['America/Asuncion', 0.5, true],
  ['Europe/London', 6, false],
  ['Europe/Dublin', 1, false],
  ['Europe/Berlin', 4, false],
  ['Europe/Paris', 3, false],
  ['Europe/Amsterdam', 2, false],
  ['Europe/Lisbon', 1, false],
  ['Europe/Stockholm', 1, false],
  ['Europe/Madrid', 6, true],
  ['Africa/Lagos', 5, false],
  ['Africa/Nairobi', 4, false],
  ['Africa/Johannesburg', 3, false],
  ['Africa/Accra', 2, false],
  ['Africa/Cairo', 2, false],
  ['Africa/Casablanca', 1, false],
  ['Africa/Kampala', 1, false],
  ['Africa/Addis_Ababa', 1, false],
  ['Africa/Malabo', 0.5, true],
];
const SPANISH_ZONES = ZONES.filter(([, , spanish]) => spanish).map(
  ([zone, weight]) => [zone, weight] as const,
);
const OTHER_ZONES = ZONES.filter(([, , spanish]) => !spanish).map(
  ([zone, weight]) => [zone, weight] as const,
);
const ALL_ZONES = ZONES.map(([zone, weight]) => [zone, weight] as const);

const INTEREST_TAGS = Array.from(
  { length: 40 },
  (_, k) => `topic-${String(k + 1).padStart(2, '0')}`,
);
const GOAL_TAGS = [
  'first-contribution',
  'code-review',
  'maintainership',
  'packaging',
  'documentation',
  'testing',
  'grant-writing',
  'community-building',
  'data-management',
  'teaching',
  'reproducibility',
  'career',
];
const zipf = (tags: readonly string[]): ReadonlyArray<readonly [string, number]> =>
  tags.map((tag, k) => [tag, 1 / (k + 1)] as const);
const INTERESTS = zipf(INTEREST_TAGS);
const GOALS = zipf(GOAL_TAGS);

// Start hours (local), weighted towards evenings; weekends lean to daytime.
const WEEKDAY_HOURS = [
  [7, 1],
  [8, 1.5],
  [9, 1],
  [10, 1],
  [11, 1],
  [12, 2],
  [13, 1.5],
  [14, 1],
  [15, 1],
  [16, 1.5],
  [17, 3],
  [18, 4],
  [19, 4],
  [20, 3],
  [21, 1.5],
] as const;
const WEEKEND_HOURS = [
  [8, 1],
  [9, 2],
  [10, 3],
  [11, 3],
  [12, 2],
  [13, 2],
  [14, 2],
  [15, 2],
  [16, 1.5],
  [17, 1],
  [18, 1],
  [19, 1],
] as const;
const DURATIONS = [
  [60, 3],
  [90, 3],
  [120, 3],
  [150, 1],
  [180, 1],
] as const;

export type GenerateOptions = {
  mentees: number;
  mentors: number;
  seed: number;
  startsOn?: string;
  endsOn?: string;
};

export const DEFAULT_COHORT = { startsOn: '2027-03-01', endsOn: '2027-05-30' };

export function generateInstance(options: GenerateOptions): MatchingInstance {
  const random = createRandom(options.seed);
  const cohort = {
    startsOn: options.startsOn ?? DEFAULT_COHORT.startsOn,
    endsOn: options.endsOn ?? DEFAULT_COHORT.endsOn,
    minOverlapMinutes: 60,
    targetOverlapMinutes: 180,
    weights: { language: 1, availability: 1, interests: 1, goals: 1, equity: 0.5 },
  };
  const mentors: MentorInput[] = Array.from({ length: options.mentors }, (_, k) => ({
    id: `m${String(k + 1).padStart(5, '0')}`,
    ...person(random),
    expertise: tags(random, GOALS, 2, 5),
    capacity: random.int(1, 5),
  }));
  const mentees: MenteeInput[] = Array.from({ length: options.mentees }, (_, k) => ({
    id: `e${String(k + 1).padStart(5, '0')}`,
    ...person(random),
    goals: tags(random, GOALS, 1, 3),
    underrepresented: random.next() < 0.35,
  }));
  const exclusions: PairRef[] = [];
  for (const mentee of mentees) {
    if (mentors.length > 0 && random.next() < 0.01) {
      exclusions.push({ mentorId: random.pick(mentors).id, menteeId: mentee.id });
    }
  }
  const instance: MatchingInstance = { cohort, mentors, mentees, exclusions, pins: [] };
  return { ...instance, pins: feasiblePins(instance, random) };
}

function person(random: Random) {
  const draw = random.next();
  const languages: Array<'en' | 'es'> = draw < 0.6 ? ['en'] : draw < 0.85 ? ['en', 'es'] : ['es'];
  const zones = draw < 0.6 ? OTHER_ZONES : draw < 0.85 ? ALL_ZONES : SPANISH_ZONES;
  const timezone = random.weighted(zones);
  const preferredLanguage: 'en' | 'es' =
    languages.length === 2 ? (random.next() < 0.5 ? 'es' : 'en') : languages[0];
  return {
    languages,
    preferredLanguage,
    timezone,
    availability: windows(random),
    interests: tags(random, INTERESTS, 2, 6),
  };
}

function windows(random: Random): AvailabilityWindow[] {
  const count = random.int(2, 6);
  const out: AvailabilityWindow[] = [];
  for (let k = 0; k < count; k++) {
    const day = random.int(0, 6);
    const hour = random.weighted(day >= 5 ? WEEKEND_HOURS : WEEKDAY_HOURS);
    const start = hour * 60 + 15 * random.int(0, 3);
    const end = Math.min(24 * 60, start + random.weighted(DURATIONS));
    out.push({ day: WEEKDAY_NAMES[day], start: clock(start), end: clock(end) });
  }
  return out;
}

function tags(
  random: Random,
  pool: ReadonlyArray<readonly [string, number]>,
  min: number,
  max: number,
): string[] {
  const count = random.int(min, max);
  const chosen = new Set<string>();
  while (chosen.size < count) {
    chosen.add(random.weighted(pool));
  }
  return [...chosen];
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// About 0.5% of mentees pinned to a mentor they can really work with, within capacity.
function feasiblePins(instance: MatchingInstance, random: Random): PairRef[] {
  const { cohort, mentors, mentees } = instance;
  if (mentors.length === 0) {
    return [];
  }
  const weeks = cohortWeeks(dayOf(cohort.startsOn), dayOf(cohort.endsOn));
  const span = timelineSpan(weeks);
  const zones = new Map<string, ReturnType<typeof buildZoneSchedule>>();
  const schedule = (person: MentorInput | MenteeInput) => {
    let zone = zones.get(person.timezone);
    if (zone === undefined) {
      zone = buildZoneSchedule(buildZoneTimeline(person.timezone, span.from, span.to), weeks);
      zones.set(person.timezone, zone);
    }
    return buildPersonSchedule(zone, person.availability.map(localWindow), weeks);
  };
  const excluded = new Set((instance.exclusions ?? []).map((p) => `${p.mentorId}/${p.menteeId}`));
  const load = new Map<string, number>();
  const pins: PairRef[] = [];
  for (const mentee of mentees) {
    if (random.next() >= 0.005) {
      continue;
    }
    const menteeSchedule = schedule(mentee);
    for (let attempt = 0; attempt < 200; attempt++) {
      const mentor = random.pick(mentors);
      const used = load.get(mentor.id) ?? 0;
      const shared = mentor.languages.some((code) => mentee.languages.includes(code));
      if (!shared || used >= mentor.capacity || excluded.has(`${mentor.id}/${mentee.id}`)) {
        continue;
      }
      const minutes = pairOverlap(schedule(mentor), menteeSchedule, weeks).minutes;
      if (minutes >= (cohort.minOverlapMinutes ?? 60)) {
        pins.push({ mentorId: mentor.id, menteeId: mentee.id });
        load.set(mentor.id, used + 1);
        break;
      }
    }
  }
  return pins;
}

function localWindow(window: AvailabilityWindow): LocalWindow {
  const minutes = (text: string): number => {
    const [hours, mins] = text.split(':').map(Number);
    return hours * 60 + mins;
  };
  return {
    day: (WEEKDAY_NAMES as readonly string[]).indexOf(window.day),
    start: minutes(window.start),
    end: minutes(window.end),
  };
}

function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}
