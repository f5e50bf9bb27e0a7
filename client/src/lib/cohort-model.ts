// A cohort's settings form: its values, the defaults of a new cohort and the checks, all
// with the defaults and limits the API gives in programDefaults (no copy here).
import { DateTime } from 'luxon';
import type { CohortFieldsFragment } from '../gql/graphql';
import type { CohortLimits, ProgramDefaults } from '../settings/program-defaults.types';

export const WEIGHT_KEYS = ['language', 'availability', 'interests', 'goals', 'equity'] as const;
export type WeightValues = Record<(typeof WEIGHT_KEYS)[number], number>;

export type CohortValues = {
  name: string;
  startsOn: string;
  endsOn: string;
  minOverlapMinutes: number;
  targetOverlapMinutes: number;
  expiryDays: number;
  allowRepeatPairs: boolean;
  requireVerifiedEmail: boolean;
  weights: WeightValues;
};

// Only the five weights (results carry __typename, which the API's inputs refuse).
export function pickWeights(w: WeightValues): WeightValues {
  return {
    language: w.language,
    availability: w.availability,
    interests: w.interests,
    goals: w.goals,
    equity: w.equity,
  };
}

// How long a new cohort runs unless the lead changes it: a suggestion of the form only.
const SUGGESTED_DAYS = 90;

// A new cohort starts today in the lead's own zone, with the API's defaults.
export function defaultCohortValues(
  zone: string,
  defaults: ProgramDefaults,
  now: DateTime = DateTime.now(),
): CohortValues {
  const start = now.setZone(zone).startOf('day');
  const days = Math.min(SUGGESTED_DAYS, defaults.cohort.maxDays);
  return {
    name: '',
    startsOn: start.toISODate() ?? '',
    endsOn: start.plus({ days }).toISODate() ?? '',
    minOverlapMinutes: defaults.minOverlapMinutes,
    targetOverlapMinutes: defaults.targetOverlapMinutes,
    expiryDays: defaults.expiryDays,
    allowRepeatPairs: false,
    requireVerifiedEmail: true,
    weights: pickWeights(defaults.weights),
  };
}

export function valuesFromCohort(c: CohortFieldsFragment): CohortValues {
  return {
    name: c.name,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    minOverlapMinutes: c.minOverlapMinutes,
    targetOverlapMinutes: c.targetOverlapMinutes,
    expiryDays: c.expiryDays,
    allowRepeatPairs: c.allowRepeatPairs,
    requireVerifiedEmail: c.requireVerifiedEmail,
    weights: pickWeights(c.weights),
  };
}

const within = (n: number, min: number, max: number) => Number.isFinite(n) && n >= min && n <= max;

const wholeWithin = (n: number, min: number, max: number) =>
  Number.isInteger(n) && within(n, min, max);

export function weightsValid(w: WeightValues, limits: CohortLimits): boolean {
  return WEIGHT_KEYS.every((k) => within(w[k], limits.weightMin, limits.weightMax));
}

// Equity breaks ties, never outweighs the rest: at most a share of the other weights.
export function equityWithinBound(w: WeightValues, limits: CohortLimits): boolean {
  const others = w.language + w.availability + w.interests + w.goals;
  return w.equity <= others * limits.equityMaxRatio + 1e-9;
}

// Field name → catalogue key of the message, as the API would answer.
export function validateCohortSettings(
  v: CohortValues,
  limits: CohortLimits,
): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  const name = v.name.trim();
  if (name.length === 0) {
    errors.name = 'errors.field.cohortName';
  } else if (name.length > limits.nameMax) {
    errors.name = 'errors.field.name';
  }
  if (!v.startsOn) {
    errors.startsOn = 'errors.field.startsOn';
  }
  const start = DateTime.fromISO(v.startsOn, { zone: 'utc' });
  const end = DateTime.fromISO(v.endsOn, { zone: 'utc' });
  const days = end.diff(start, 'days').days;
  if (!v.endsOn || (start.isValid && (!end.isValid || days < 0 || days > limits.maxDays))) {
    errors.endsOn = 'errors.field.endsOn';
  }
  if (!wholeWithin(v.minOverlapMinutes, limits.minOverlapMin, limits.minOverlapMax)) {
    errors.minOverlapMinutes = 'errors.field.minOverlapMinutes';
  }
  if (
    !wholeWithin(v.targetOverlapMinutes, limits.targetOverlapMin, limits.targetOverlapMax) ||
    v.targetOverlapMinutes < v.minOverlapMinutes
  ) {
    errors.targetOverlapMinutes = 'errors.field.targetOverlapMinutes';
  }
  if (!wholeWithin(v.expiryDays, limits.expiryDaysMin, limits.expiryDaysMax)) {
    errors.expiryDays = 'errors.field.expiryDays';
  }
  if (!weightsValid(v.weights, limits)) {
    errors.weights = 'errors.field.weights';
  } else if (!equityWithinBound(v.weights, limits)) {
    errors.weights = 'errors.field.equityBound';
  }
  return errors;
}
