// Checks an instance from any source (JSON from the command line, objects from the backend)
// and turns it into the engine's normalised form: people sorted by id, windows in minutes,
// languages as bits, tags trimmed, lower-cased, unique and sorted. Every problem found is
// reported at once, each naming its record and field.
import { dayNumber, isDateShaped } from './calendar-date';
import { InstanceValidationError, type ValidationIssue } from './instance-validation-error';
import {
  DEFAULT_MIN_OVERLAP_MINUTES,
  DEFAULT_TARGET_OVERLAP_MINUTES,
  DEFAULT_WEIGHTS,
  type MatchingInstance,
  type ScoreWeights,
} from './types';
import {
  type Fail,
  type Json,
  type NormalizedPerson,
  compareIds,
  isJson,
  readPerson,
  readTags,
  show,
} from './validate-person';
import { type CohortWeeks, cohortWeeks } from './weekly-overlap';
import { WEEK_MINUTES } from './zone-timeline';

export { LANGUAGE_BITS, compareIds } from './validate-person';
export type { NormalizedPerson } from './validate-person';

export type NormalizedMentor = NormalizedPerson & { expertise: string[]; capacity: number };
export type NormalizedMentee = NormalizedPerson & { goals: string[]; underrepresented: boolean };

export type NormalizedPair = { mentor: number; mentee: number; record: string };

export type NormalizedCohort = {
  startDay: number; // days since 1970-01-01
  endDay: number;
  weeks: CohortWeeks;
  minOverlapMinutes: number;
  targetOverlapMinutes: number;
  weights: ScoreWeights;
};

export type NormalizedInstance = {
  cohort: NormalizedCohort;
  mentors: NormalizedMentor[]; // sorted by id; indices below refer to this order
  mentees: NormalizedMentee[];
  exclusions: NormalizedPair[];
  pins: NormalizedPair[];
};

const WEIGHT_NAMES = ['language', 'availability', 'interests', 'goals', 'equity'] as const;
const MIN_YEAR = 1980;
const MAX_YEAR = 2200;

// Narrows an unknown value to a valid instance (or throws InstanceValidationError).
export function parseInstance(value: unknown): MatchingInstance {
  validateInstance(value);
  return value as MatchingInstance;
}

export function validateInstance(value: unknown): NormalizedInstance {
  const issues: ValidationIssue[] = [];
  const fail = (record: string, field: string, message: string): void => {
    issues.push({ record, field, message });
  };
  if (!isJson(value)) {
    throw new InstanceValidationError([
      { record: 'instance', field: '', message: 'must be an object' },
    ]);
  }
  const cohort = readCohort(value.cohort, fail);
  const zones = new Map<string, string | null>();
  // Ids of every record, valid or not, so that a bad record does not also fail its pins.
  const knownIds = new Set<string>();
  const mentors = readList(value.mentors, 'mentors', knownIds, fail, (raw, record) => {
    const person = readPerson(raw, record, zones, fail);
    const capacity = raw.capacity;
    if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1) {
      fail(record, 'capacity', `must be a whole number of at least 1, got ${show(capacity)}`);
    }
    const expertise = readTags(raw.expertise, record, 'expertise', fail);
    return person && { ...person, expertise, capacity: Number(capacity) };
  });
  const mentees = readList(value.mentees, 'mentees', knownIds, fail, (raw, record) => {
    const person = readPerson(raw, record, zones, fail);
    const goals = readTags(raw.goals, record, 'goals', fail);
    const flag = raw.underrepresented;
    if (flag !== undefined && typeof flag !== 'boolean') {
      fail(record, 'underrepresented', `must be true or false, got ${show(flag)}`);
    }
    return person && { ...person, goals, underrepresented: flag === true };
  });
  const mentorIndex = indexById(mentors);
  const menteeIndex = indexById(mentees);
  const lookup = { mentorIndex, menteeIndex, knownIds };
  const exclusions = readPairs(value.exclusions, 'exclusions', lookup, fail);
  const pins = readPairs(value.pins, 'pins', lookup, fail);
  checkPins(pins, mentors, mentees, fail);
  if (issues.length > 0 || cohort === null) {
    throw new InstanceValidationError(issues);
  }
  return { cohort, mentors, mentees, exclusions, pins };
}

function readCohort(raw: unknown, fail: Fail): NormalizedCohort | null {
  if (!isJson(raw)) {
    fail('cohort', '', 'is required and must be an object');
    return null;
  }
  const startDay = readDate(raw.startsOn, 'startsOn', fail);
  const endDay = readDate(raw.endsOn, 'endsOn', fail);
  if (startDay !== null && endDay !== null && endDay < startDay) {
    fail('cohort', 'endsOn', `${String(raw.endsOn)} is before startsOn ${String(raw.startsOn)}`);
  }
  const minOverlapMinutes = readNumber(raw.minOverlapMinutes, DEFAULT_MIN_OVERLAP_MINUTES);
  if (minOverlapMinutes === null || minOverlapMinutes < 0 || minOverlapMinutes > WEEK_MINUTES) {
    fail('cohort', 'minOverlapMinutes', `must be a number from 0 to ${WEEK_MINUTES}`);
  }
  const target = readNumber(raw.targetOverlapMinutes, DEFAULT_TARGET_OVERLAP_MINUTES);
  if (target === null || target <= 0) {
    fail('cohort', 'targetOverlapMinutes', 'must be a number greater than 0');
  }
  const weights = readWeights(raw.weights, fail);
  if (
    startDay === null ||
    endDay === null ||
    endDay < startDay ||
    minOverlapMinutes === null ||
    target === null ||
    weights === null
  ) {
    return null;
  }
  return {
    startDay,
    endDay,
    weeks: cohortWeeks(startDay, endDay),
    minOverlapMinutes,
    targetOverlapMinutes: target,
    weights,
  };
}

function readDate(raw: unknown, field: string, fail: Fail): number | null {
  if (!isDateShaped(raw)) {
    fail('cohort', field, `must be a date "YYYY-MM-DD", got ${show(raw)}`);
    return null;
  }
  const day = dayNumber(raw);
  if (day === null) {
    fail('cohort', field, `${String(raw)} is not a calendar date`);
    return null;
  }
  const year = Number((raw as string).slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    fail('cohort', field, `must be between ${MIN_YEAR} and ${MAX_YEAR}`);
    return null;
  }
  return day;
}

function readNumber(raw: unknown, fallback: number): number | null {
  if (raw === undefined) {
    return fallback;
  }
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
}

function readWeights(raw: unknown, fail: Fail): ScoreWeights | null {
  if (raw === undefined) {
    return { ...DEFAULT_WEIGHTS };
  }
  if (!isJson(raw)) {
    fail('cohort', 'weights', 'must be an object');
    return null;
  }
  let ok = true;
  for (const key of Object.keys(raw)) {
    if (!(WEIGHT_NAMES as readonly string[]).includes(key)) {
      fail('cohort', `weights.${key}`, `is not a weight (${WEIGHT_NAMES.join(', ')})`);
      ok = false;
    }
  }
  const weights: ScoreWeights = { ...DEFAULT_WEIGHTS };
  for (const name of WEIGHT_NAMES) {
    const value = readNumber(raw[name], DEFAULT_WEIGHTS[name]);
    if (value === null || value < 0) {
      fail('cohort', `weights.${name}`, 'must be a number of at least 0');
      ok = false;
    } else {
      weights[name] = value;
    }
  }
  const total = WEIGHT_NAMES.reduce((sum, name) => sum + weights[name], 0);
  if (ok && total <= 0) {
    fail('cohort', 'weights', 'must not all be 0');
    ok = false;
  }
  return ok ? weights : null;
}

function readList<T extends NormalizedPerson>(
  raw: unknown,
  list: 'mentors' | 'mentees',
  knownIds: Set<string>,
  fail: Fail,
  read: (item: Json, record: string) => T | null,
): T[] {
  if (!Array.isArray(raw)) {
    fail(list, '', 'is required and must be an array');
    return [];
  }
  const people: T[] = [];
  const seen = new Map<string, string>();
  raw.forEach((item: unknown, index) => {
    const id = isJson(item) ? item.id : undefined;
    if (typeof id === 'string') {
      knownIds.add(`${list}:${id}`);
    }
    const record =
      typeof id === 'string' && id.trim() !== ''
        ? `${list}[${index}] (id ${id})`
        : `${list}[${index}]`;
    if (!isJson(item)) {
      fail(record, '', 'must be an object');
      return;
    }
    const person = read(item, record);
    if (typeof id === 'string' && seen.has(id)) {
      fail(record, 'id', `duplicate id "${id}" (also ${seen.get(id)})`);
      return;
    }
    if (typeof id === 'string') {
      seen.set(id, `${list}[${index}]`);
    }
    if (person !== null) {
      people.push(person);
    }
  });
  return people.sort((a, b) => compareIds(a.id, b.id));
}

function indexById(people: readonly NormalizedPerson[]): Map<string, number> {
  return new Map(people.map((person, index) => [person.id, index]));
}

function readPairs(
  raw: unknown,
  list: 'exclusions' | 'pins',
  lookup: {
    mentorIndex: Map<string, number>;
    menteeIndex: Map<string, number>;
    knownIds: Set<string>;
  },
  fail: Fail,
): NormalizedPair[] {
  if (raw === undefined) {
    return [];
  }
  if (!Array.isArray(raw)) {
    fail(list, '', 'must be a list of { mentorId, menteeId }');
    return [];
  }
  const pairs: NormalizedPair[] = [];
  raw.forEach((item: unknown, index) => {
    const record = `${list}[${index}]`;
    if (!isJson(item)) {
      fail(record, '', 'must be an object { mentorId, menteeId }');
      return;
    }
    const { mentorId, menteeId } = item;
    const mentor = typeof mentorId === 'string' ? lookup.mentorIndex.get(mentorId) : undefined;
    const mentee = typeof menteeId === 'string' ? lookup.menteeIndex.get(menteeId) : undefined;
    if (mentor === undefined && !lookup.knownIds.has(`mentors:${String(mentorId)}`)) {
      fail(record, 'mentorId', `no mentor with id ${show(mentorId)}`);
    }
    if (mentee === undefined && !lookup.knownIds.has(`mentees:${String(menteeId)}`)) {
      fail(record, 'menteeId', `no mentee with id ${show(menteeId)}`);
    }
    if (mentor !== undefined && mentee !== undefined) {
      pairs.push({ mentor, mentee, record });
    }
  });
  return pairs;
}

function checkPins(
  pins: readonly NormalizedPair[],
  mentors: readonly NormalizedMentor[],
  mentees: readonly NormalizedMentee[],
  fail: Fail,
): void {
  const pinnedBy = new Map<number, string>();
  const load = new Map<number, number>();
  for (const pin of pins) {
    const earlier = pinnedBy.get(pin.mentee);
    if (earlier !== undefined) {
      fail(
        pin.record,
        'menteeId',
        `mentee ${mentees[pin.mentee].id} is already pinned by ${earlier}`,
      );
      continue;
    }
    pinnedBy.set(pin.mentee, pin.record);
    const count = (load.get(pin.mentor) ?? 0) + 1;
    load.set(pin.mentor, count);
    const mentor = mentors[pin.mentor];
    if (count === mentor.capacity + 1) {
      fail(
        pin.record,
        'mentorId',
        `mentor ${mentor.id} has capacity ${mentor.capacity} but more pins`,
      );
    }
  }
}
