// Turns a cohort's people and rules into the engine's instance: plain data in, plain data out.
import { createHash } from 'node:crypto';
import type {
  MatchingInstance,
  MenteeInput,
  MentorInput,
  PairRef,
  ScoreWeights,
} from './engine/types';

export type CohortFacts = {
  startsOn: string;
  endsOn: string;
  minOverlapMinutes: number;
  targetOverlapMinutes: number;
  weights: ScoreWeights;
};

export type PersonRow = {
  id: string;
  languages: string[];
  preferredLanguage: string;
  timezone: string;
  availability: { day: string; start: string; end: string }[];
  interests: string[];
};
export type MentorRow = PersonRow & { expertise: string[]; remaining: number };
export type MenteeRow = PersonRow & { goals: string[]; underrepresented: boolean | null };

// The reason a mentee left out before the matching runs gives on a run.
export const UNVERIFIED_EMAIL = 'UNVERIFIED_EMAIL';

// A cohort that requires it matches only people who confirmed their email address: a
// proposal to an address nobody reads would hold a place until it expires.
export function withoutUnverified<T extends { id: string; verified: boolean }>(
  rows: readonly T[],
  required: boolean,
): { kept: T[]; left: string[] } {
  if (!required) {
    return { kept: [...rows], left: [] };
  }
  return {
    kept: rows.filter((r) => r.verified),
    left: rows.filter((r) => !r.verified).map((r) => r.id),
  };
}

const lang = (l: string) => l.toLowerCase() as 'en' | 'es';

export function buildInstance(
  cohort: CohortFacts,
  mentors: MentorRow[],
  mentees: MenteeRow[],
  exclusions: PairRef[],
  pins: PairRef[],
): MatchingInstance {
  const person = (p: PersonRow) => ({
    id: p.id,
    languages: p.languages.map(lang),
    preferredLanguage: lang(p.preferredLanguage),
    timezone: p.timezone,
    availability: p.availability.map((w) => ({
      day: w.day as MentorInput['availability'][number]['day'],
      start: w.start,
      end: w.end,
    })),
    interests: p.interests,
  });
  return {
    cohort: {
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      minOverlapMinutes: cohort.minOverlapMinutes,
      targetOverlapMinutes: cohort.targetOverlapMinutes,
      weights: cohort.weights,
    },
    mentors: mentors.map((m): MentorInput => ({
      ...person(m),
      expertise: m.expertise,
      capacity: m.remaining,
    })),
    mentees: mentees.map((e): MenteeInput => ({
      ...person(e),
      goals: e.goals,
      underrepresented: e.underrepresented === true,
    })),
    exclusions,
    pins,
  };
}

// A stable fingerprint of what a run saw, so two runs can be told apart or alike.
export function instanceHash(instance: MatchingInstance): string {
  const sortById = <T extends { id: string }>(xs: readonly T[]) =>
    [...xs].sort((a, b) => a.id.localeCompare(b.id));
  const sortPairs = (xs: readonly PairRef[] = []) =>
    [...xs].sort(
      (a, b) => a.mentorId.localeCompare(b.mentorId) || a.menteeId.localeCompare(b.menteeId),
    );
  const canonical = {
    cohort: instance.cohort,
    mentors: sortById(instance.mentors),
    mentees: sortById(instance.mentees),
    exclusions: sortPairs(instance.exclusions),
    pins: sortPairs(instance.pins),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
