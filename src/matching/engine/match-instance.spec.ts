import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InstanceValidationError } from './instance-validation-error';
import { matchInstance, runMatching } from './match-instance';
import type {
  AvailabilityWindow,
  LanguageCode,
  MatchResult,
  MatchingInstance,
  MenteeInput,
  MentorInput,
  PairRef,
  ScoreWeights,
  UnmatchedReason,
} from './types';
import { maxMatchingSize, verifyCertificate } from './verify-assignment';
import {
  WEEKDAY_NAMES,
  buildPersonSchedule,
  buildZoneSchedule,
  cohortWeeks,
  pairOverlap,
  timelineSpan,
} from './weekly-overlap';
import { buildZoneTimeline } from './zone-timeline';

// ---------------------------------------------------------------------------------------
// An independent oracle: feasibility and scores straight from the rules (overlap by
// interval intersection per week, not the engine's slot counting), then every assignment.

type Oracle = {
  feasible: boolean[][]; // [mentee][mentor]
  score: number[][];
  overlap: number[][];
  reason: Array<UnmatchedReason | null>; // reason if the mentee has no feasible mentor
};

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const clock = (text: string): number => {
  const [hours, minutes] = text.split(':').map(Number);
  return hours * 60 + minutes;
};

function oracle(instance: MatchingInstance): Oracle {
  const cohort = instance.cohort;
  const weeks = cohortWeeks(dayOf(cohort.startsOn), dayOf(cohort.endsOn));
  const span = timelineSpan(weeks);
  const schedule = (person: MentorInput | MenteeInput) => {
    const timeline = buildZoneTimeline(person.timezone, span.from, span.to);
    const windows = person.availability.map((w) => ({
      day: (WEEKDAY_NAMES as readonly string[]).indexOf(w.day),
      start: clock(w.start),
      end: clock(w.end),
    }));
    return buildPersonSchedule(buildZoneSchedule(timeline, weeks), windows, weeks);
  };
  const weights: ScoreWeights = {
    language: 1,
    availability: 1,
    interests: 1,
    goals: 1,
    equity: 0.5,
    ...cohort.weights,
  };
  const weightSum =
    weights.language + weights.availability + weights.interests + weights.goals + weights.equity;
  const minOverlap = cohort.minOverlapMinutes ?? 60;
  const target = cohort.targetOverlapMinutes ?? 180;
  const people = new Map<string, Set<string>>();
  for (const person of [...instance.mentors, ...instance.mentees]) {
    const tags = people.get(person.id) ?? new Set<string>();
    (person.interests ?? []).forEach((tag) => tags.add(tag));
    people.set(person.id, tags);
  }
  const idf = (tag: string): number => {
    const df = [...people.values()].filter((tags) => tags.has(tag)).length;
    return Math.log(1 + people.size / df);
  };
  const sumIdf = (tags: string[]): number => tags.reduce((sum, tag) => sum + idf(tag), 0);
  const sorted = (tags: readonly string[] | undefined): string[] => [...new Set(tags ?? [])].sort();
  const speaks = (person: MentorInput | MenteeInput, code: string): boolean =>
    person.languages.some((language) => language.toLowerCase() === code);

  const mentorSchedules = instance.mentors.map(schedule);
  const result: Oracle = { feasible: [], score: [], overlap: [], reason: [] };
  instance.mentees.forEach((mentee, i) => {
    const menteeSchedule = schedule(mentee);
    result.feasible.push([]);
    result.score.push([]);
    result.overlap.push([]);
    let language = 0;
    let hours = 0;
    let feasibleCount = 0;
    instance.mentors.forEach((mentor, j) => {
      const minutes = pairOverlap(mentorSchedules[j], menteeSchedule, weeks).minutes;
      const shareLanguage = ['en', 'es'].some(
        (code) => speaks(mentor, code) && speaks(mentee, code),
      );
      const self = mentor.id === mentee.id;
      const excluded = (instance.exclusions ?? []).some(
        (pair) => pair.mentorId === mentor.id && pair.menteeId === mentee.id,
      );
      const enough = minutes >= minOverlap;
      language += shareLanguage && !self ? 1 : 0;
      hours += shareLanguage && !self && enough ? 1 : 0;
      const feasible = shareLanguage && !self && enough && !excluded;
      feasibleCount += feasible ? 1 : 0;
      const preferred = (mentee.preferredLanguage ?? mentee.languages[0]).toLowerCase();
      const menteeTags = sorted(mentee.interests);
      const mentorTags = sorted(mentor.interests);
      const shared = mentorTags.filter((tag) => menteeTags.includes(tag));
      const sharedWeight = shared.reduce((sum, tag) => sum + idf(tag), 0);
      const union = sumIdf(menteeTags) + sumIdf(mentorTags) - sharedWeight;
      const goals = sorted(mentee.goals);
      const expertise = new Set(mentor.expertise ?? []);
      const components = [
        speaks(mentor, preferred) ? 1 : 0.5,
        Math.min(1, minutes / target),
        union > 0 ? Math.min(1, sharedWeight / union) : 0,
        goals.length === 0 ? 0 : goals.filter((goal) => expertise.has(goal)).length / goals.length,
        mentee.underrepresented === true ? 1 : 0,
      ];
      const sum =
        weights.language * components[0] +
        weights.availability * components[1] +
        weights.interests * components[2] +
        weights.goals * components[3] +
        weights.equity * components[4];
      result.feasible[i].push(feasible);
      result.score[i].push(Math.round((1000 * sum) / weightSum));
      result.overlap[i].push(minutes);
    });
    result.reason.push(
      feasibleCount > 0
        ? null
        : language === 0
          ? 'NO_SHARED_LANGUAGE'
          : hours === 0
            ? 'NO_AVAILABILITY_OVERLAP'
            : 'ALL_EXCLUDED',
    );
  });
  return result;
}

function bruteForce(instance: MatchingInstance, truth: Oracle): { count: number; total: number } {
  const mentorIndex = new Map(instance.mentors.map((mentor, j) => [mentor.id, j]));
  const pinned = new Map<number, number>();
  for (const pin of instance.pins ?? []) {
    pinned.set(
      instance.mentees.findIndex((mentee) => mentee.id === pin.menteeId),
      mentorIndex.get(pin.mentorId) ?? -1,
    );
  }
  const room = instance.mentors.map((mentor) => mentor.capacity);
  let best = { count: -1, total: -1 };
  const visit = (i: number, count: number, total: number): void => {
    if (i === instance.mentees.length) {
      if (count > best.count || (count === best.count && total > best.total)) {
        best = { count, total };
      }
      return;
    }
    const pin = pinned.get(i);
    if (pin === undefined) {
      visit(i + 1, count, total);
    }
    instance.mentors.forEach((_, j) => {
      if ((pin === undefined || pin === j) && truth.feasible[i][j] && room[j] > 0) {
        room[j]--;
        visit(i + 1, count + 1, total + truth.score[i][j]);
        room[j]++;
      }
    });
  };
  visit(0, 0, 0);
  return best;
}

// ---------------------------------------------------------------------------------------
// Random small instances around clock changes.

const ZONES = [
  'America/New_York',
  'Europe/Madrid',
  'America/Bogota',
  'America/Santiago',
  'Asia/Kolkata',
  'Africa/Lagos',
  'Australia/Lord_Howe',
  'America/St_Johns',
];
const COHORTS = [
  { startsOn: '2027-03-01', endsOn: '2027-04-11' },
  { startsOn: '2027-01-04', endsOn: '2027-01-17' },
  { startsOn: '2027-03-10', endsOn: '2027-03-12' },
  { startsOn: '2027-10-25', endsOn: '2027-11-14' },
];
const TAGS = ['packaging', 'r', 'python', 'docs', 'ecology'];
const GOALS = ['first-contribution', 'code-review', 'maintainership', 'grant-writing'];
const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const windowArb: fc.Arbitrary<AvailabilityWindow> = fc
  .record({
    day: fc.constantFrom(...WEEKDAY_NAMES),
    start: fc.integer({ min: 0, max: 46 }),
    length: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ day, start, length }) => ({
    day,
    start: hhmm(start * 30),
    end: hhmm(Math.min(48, start + length) * 30),
  }));

type PersonDraw = {
  languages: LanguageCode[];
  preferFirst: boolean;
  timezone: string;
  availability: AvailabilityWindow[];
  interests: string[];
  tags: string[];
};

const languagesArb = fc.constantFrom<LanguageCode[]>(
  ['en'],
  ['es'],
  ['en', 'es'],
  ['es', 'en'],
  ['EN', 'es'],
);
const personArb: fc.Arbitrary<PersonDraw> = fc.record({
  languages: languagesArb,
  preferFirst: fc.boolean(),
  timezone: fc.constantFrom(...ZONES),
  availability: fc.array(windowArb, { minLength: 0, maxLength: 3 }),
  interests: fc.subarray(TAGS),
  tags: fc.subarray(GOALS),
});

const instanceArb: fc.Arbitrary<MatchingInstance> = fc
  .record({
    cohort: fc.constantFrom(...COHORTS),
    minOverlap: fc.constantFrom(0, 30, 60, 90),
    weights: fc.option(
      fc.record({
        language: fc.constantFrom(0, 0.5, 1, 2),
        availability: fc.constantFrom(0, 1, 3),
        interests: fc.constantFrom(0, 1),
        goals: fc.constantFrom(0.5, 1),
        equity: fc.constantFrom(0, 0.5),
      }),
      { nil: undefined },
    ),
    mentors: fc.array(fc.tuple(personArb, fc.integer({ min: 1, max: 3 })), {
      minLength: 1,
      maxLength: 4,
    }),
    mentees: fc.array(fc.tuple(personArb, fc.boolean()), { maxLength: 7 }),
    selfPair: fc.boolean(),
    exclusions: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    pins: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
  })
  .map((draw) => {
    const preferred = (p: PersonDraw): LanguageCode =>
      p.preferFirst ? p.languages[0] : p.languages[p.languages.length - 1];
    const mentors: MentorInput[] = draw.mentors.map(([p, capacity], j) => ({
      id: `m${j}`,
      languages: p.languages,
      preferredLanguage: preferred(p),
      timezone: p.timezone,
      availability: p.availability,
      interests: p.interests,
      expertise: p.tags,
      capacity,
    }));
    const mentees: MenteeInput[] = draw.mentees.map(([p, flag], i) => ({
      id: draw.selfPair && i === 0 ? 'm0' : `e${i}`,
      languages: p.languages,
      preferredLanguage: preferred(p),
      timezone: p.timezone,
      availability: p.availability,
      interests: p.interests,
      goals: p.tags,
      underrepresented: flag,
    }));
    const pair = ([a, b]: [number, number]): PairRef | null =>
      mentees.length === 0
        ? null
        : { mentorId: mentors[a % mentors.length].id, menteeId: mentees[b % mentees.length].id };
    const exclusions = draw.exclusions.map(pair).filter((p): p is PairRef => p !== null);
    const instance: MatchingInstance = {
      cohort: {
        ...draw.cohort,
        minOverlapMinutes: draw.minOverlap,
        ...(draw.weights ? { weights: draw.weights } : {}),
      },
      mentors,
      mentees,
      exclusions,
    };
    // Keep only pins that are feasible, one per mentee, within capacity.
    const truth = oracle(instance);
    const pins: PairRef[] = [];
    const load = new Map<string, number>();
    for (const candidate of draw.pins.map(pair)) {
      if (candidate === null) {
        continue;
      }
      const i = mentees.findIndex((m) => m.id === candidate.menteeId);
      const j = mentors.findIndex((m) => m.id === candidate.mentorId);
      const used = load.get(candidate.mentorId) ?? 0;
      if (
        truth.feasible[i][j] &&
        used < mentors[j].capacity &&
        !pins.some((p) => p.menteeId === candidate.menteeId)
      ) {
        pins.push(candidate);
        load.set(candidate.mentorId, used + 1);
      }
    }
    return { ...instance, pins };
  });

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let k = out.length - 1; k > 0; k--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (k + 1);
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}

describe('matchInstance against a brute-force oracle', () => {
  it('reaches the lexicographic optimum with feasible, explained matches within capacity', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const truth = oracle(instance);
        const best = bruteForce(instance, truth);
        const run = runMatching(instance);
        const result = run.result;

        expect({ count: result.matchedCount, total: result.totalScore }).toEqual(best);
        const mentorIndex = new Map(instance.mentors.map((m, j) => [m.id, j]));
        const menteeIndex = new Map(instance.mentees.map((m, i) => [m.id, i]));
        const load = new Map<string, number>();
        for (const match of result.matches) {
          const i = menteeIndex.get(match.menteeId) ?? -1;
          const j = mentorIndex.get(match.mentorId) ?? -1;
          expect(truth.feasible[i][j]).toBe(true);
          expect(match.score).toBe(truth.score[i][j]);
          expect(match.breakdown.overlapMinutesPerWeek).toBe(truth.overlap[i][j]);
          load.set(match.mentorId, (load.get(match.mentorId) ?? 0) + 1);
        }
        for (const mentor of instance.mentors) {
          expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(mentor.capacity);
        }
        for (const pin of instance.pins ?? []) {
          expect(result.matches).toContainEqual(expect.objectContaining(pin));
        }
        expect(result.matches.length + result.unmatched.length).toBe(instance.mentees.length);
        for (const unmatched of result.unmatched) {
          const i = menteeIndex.get(unmatched.menteeId) ?? -1;
          const feasible = truth.feasible[i].filter(Boolean).length;
          expect(unmatched.compatibleMentors).toBe(feasible);
          expect(unmatched.reasons).toEqual([truth.reason[i] ?? 'MENTORS_AT_CAPACITY']);
        }
        // Every feasible pair, and only those, reached the assignment with the right overlap.
        const edges: string[] = [];
        for (let i = 0; i < run.graph.menteeCount; i++) {
          for (let e = run.graph.offsets[i]; e < run.graph.offsets[i + 1]; e++) {
            const menteeId = run.instance.mentees[i].id;
            const mentorId = run.instance.mentors[run.graph.mentor[e]].id;
            const oi = menteeIndex.get(menteeId) ?? -1;
            const oj = mentorIndex.get(mentorId) ?? -1;
            expect(run.graph.overlap[e]).toBe(truth.overlap[oi][oj]);
            expect(run.graph.score[e]).toBe(truth.score[oi][oj]);
            edges.push(`${mentorId}/${menteeId}`);
          }
        }
        const expected: string[] = [];
        instance.mentees.forEach((mentee, i) =>
          instance.mentors.forEach((mentor, j) => {
            if (truth.feasible[i][j]) {
              expected.push(`${mentor.id}/${mentee.id}`);
            }
          }),
        );
        expect(edges.sort()).toEqual(expected.sort());
        expect(verifyCertificate(run.problem, run.solution).ok).toBe(true);
        expect(run.solution.matchedCount).toBe(maxMatchingSize(run.problem));
      }),
      { numRuns: 300 },
    );
  });

  it('scores every pair the same when the tag vocabularies are too large for bit masks', () => {
    // 150 interest tags and 150 goal tags: the scorer falls back from masks to marked tags.
    const tags = Array.from({ length: 150 }, (_, k) => `tag-${String(k).padStart(3, '0')}`);
    const pick = (seed: number, count: number): string[] => shuffled(tags, seed).slice(0, count);
    const availability: AvailabilityWindow[] = [{ day: 'MON', start: '18:00', end: '20:00' }];
    const instance: MatchingInstance = {
      cohort: { startsOn: '2027-03-01', endsOn: '2027-03-28' },
      mentors: Array.from({ length: 6 }, (_, j) => ({
        id: `m${j}`,
        languages: ['en'],
        timezone: 'Europe/Madrid',
        availability,
        interests: pick(j + 1, 40),
        expertise: pick(j + 101, 30),
        capacity: 2,
      })),
      mentees: Array.from({ length: 8 }, (_, i) => ({
        id: `e${i}`,
        languages: ['en'],
        timezone: 'Europe/Madrid',
        availability,
        interests: pick(i + 201, 40),
        goals: pick(i + 301, 20),
      })),
    };
    const truth = oracle(instance);
    const run = runMatching(instance);
    expect(run.graph.edgeCount).toBe(48);
    for (let i = 0; i < run.graph.menteeCount; i++) {
      for (let e = run.graph.offsets[i]; e < run.graph.offsets[i + 1]; e++) {
        expect(run.graph.score[e]).toBe(truth.score[i][run.graph.mentor[e]]);
      }
    }
  });

  it('is deterministic: the same input, in any order, gives the same output', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (instance, seed) => {
        const first = matchInstance(instance, { allPairs: true });
        expect(matchInstance(instance, { allPairs: true })).toEqual(first);
        const reordered: MatchingInstance = {
          ...instance,
          mentors: shuffled(instance.mentors, seed).map((m) => ({
            ...m,
            availability: shuffled(m.availability, seed + 1),
            interests: shuffled(m.interests ?? [], seed + 2),
          })),
          mentees: shuffled(instance.mentees, seed + 3).map((m) => ({
            ...m,
            goals: shuffled(m.goals ?? [], seed + 4),
          })),
          exclusions: shuffled(instance.exclusions ?? [], seed + 5),
          pins: shuffled(instance.pins ?? [], seed + 6),
        };
        expect(matchInstance(reordered, { allPairs: true })).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });
});

describe('matchInstance', () => {
  const example = (): MatchingInstance =>
    JSON.parse(
      readFileSync(join(__dirname, 'examples', 'example-instance.json'), 'utf8'),
    ) as MatchingInstance;

  it('explains every match and every unmatched mentee of the README example', () => {
    const result: MatchResult = matchInstance(example());
    expect(result.matchedCount).toBe(result.matches.length);
    expect(result.totalScore).toBe(result.matches.reduce((sum, m) => sum + m.score, 0));
    expect(result.pairs).toBeUndefined();
    for (const match of result.matches) {
      expect(match.breakdown.overlap.length).toBeGreaterThan(0);
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(1000);
    }
    expect(result.unmatched).toEqual([
      { menteeId: 'e4', reasons: ['NO_AVAILABILITY_OVERLAP'], compatibleMentors: 0 },
    ]);
  });

  it('produces the breakdown of the issue example (Bogota with Madrid in winter)', () => {
    const instance: MatchingInstance = {
      cohort: { startsOn: '2027-01-04', endsOn: '2027-02-28' },
      mentors: [
        {
          id: 'm1',
          languages: ['en', 'es'],
          preferredLanguage: 'es',
          timezone: 'America/Bogota',
          availability: [{ day: 'MON', start: '18:00', end: '20:00' }],
          interests: ['packaging', 'r'],
          expertise: ['first-contribution'],
          capacity: 2,
        },
        {
          id: 'm2',
          languages: ['en'],
          timezone: 'Europe/London',
          availability: [{ day: 'MON', start: '23:00', end: '24:00' }],
          interests: ['r'],
          capacity: 1,
        },
      ],
      mentees: [
        {
          id: 'e1',
          languages: ['es'],
          preferredLanguage: 'es',
          timezone: 'Europe/Madrid',
          availability: [{ day: 'TUE', start: '00:00', end: '02:00' }],
          interests: ['packaging'],
          goals: ['first-contribution'],
          underrepresented: true,
        },
      ],
    };
    // N = 3 people; packaging df 2, r df 2: idf both ln(2.5). Jaccard = 1/2.
    // (1 + 120/180 + 0.5 + 1 + 0.5 x 1) / 4.5 = 3.6667 / 4.5 -> 815.
    expect(matchInstance(instance, { allPairs: true })).toEqual({
      matches: [
        {
          menteeId: 'e1',
          mentorId: 'm1',
          score: 815,
          breakdown: {
            language: 1,
            availability: 0.67,
            interests: 0.5,
            goals: 1,
            equity: 1,
            overlapMinutesPerWeek: 120,
            sharedInterests: ['packaging'],
            overlap: [{ mentor: 'MON 18:00-20:00', mentee: 'TUE 00:00-02:00' }],
          },
        },
      ],
      unmatched: [],
      matchedCount: 1,
      totalScore: 815,
      pairs: [{ menteeId: 'e1', mentorId: 'm1', score: 815 }],
    });
  });

  it('gives each unmatched mentee the first filter that left it without candidates', () => {
    const base: MentorInput = {
      id: 'm1',
      languages: ['en'],
      timezone: 'Etc/UTC',
      availability: [{ day: 'MON', start: '10:00', end: '12:00' }],
      capacity: 1,
    };
    const mentee = (id: string, languages: Array<'en' | 'es'>, start: string): MenteeInput => ({
      id,
      languages,
      timezone: 'Etc/UTC',
      availability: [{ day: 'MON', start, end: '12:00' }],
    });
    const result = matchInstance({
      cohort: { startsOn: '2027-01-04', endsOn: '2027-01-17' },
      mentors: [base],
      mentees: [
        mentee('a', ['en'], '10:00'), // takes the only place
        mentee('b', ['en'], '10:30'), // feasible but the mentor is full
        mentee('c', ['es'], '10:00'), // no language
        mentee('d', ['en'], '11:30'), // 30 minutes only
        mentee('e', ['en'], '10:00'), // excluded
      ],
      exclusions: [{ mentorId: 'm1', menteeId: 'e' }],
    });
    expect(result.matches.map((m) => m.menteeId)).toEqual(['a']);
    expect(result.unmatched).toEqual([
      { menteeId: 'b', reasons: ['MENTORS_AT_CAPACITY'], compatibleMentors: 1 },
      { menteeId: 'c', reasons: ['NO_SHARED_LANGUAGE'], compatibleMentors: 0 },
      { menteeId: 'd', reasons: ['NO_AVAILABILITY_OVERLAP'], compatibleMentors: 0 },
      { menteeId: 'e', reasons: ['ALL_EXCLUDED'], compatibleMentors: 0 },
    ]);
  });

  it('throws a structured InstanceValidationError the backend can map', () => {
    const instance = example();
    const broken: MatchingInstance = {
      ...instance,
      mentors: instance.mentors.map((m, j) => (j === 2 ? { ...m, timezone: 'Bogus/Zone' } : m)),
    };
    let caught: unknown = null;
    try {
      matchInstance(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InstanceValidationError);
    expect((caught as InstanceValidationError).issues).toEqual([
      {
        record: 'mentors[2] (id m3)',
        field: 'timezone',
        message: 'unknown time zone "Bogus/Zone"',
      },
    ]);
  });
});
