// Cohort settings that need no database: the one validation of a cohort's settings, used
// alike by create and update (and the weights part by dry runs). Defaults and limits come
// from program-settings (the engine owns the matching defaults).
import { InvalidInputError, type FieldError } from '../common/errors/app-error';
import { dayNumber } from '../matching/engine/calendar-date';
import { equityBoundError } from '../matching/engine/equity';
import type { ScoreWeights } from '../matching/engine/types';
import type { CohortStatusName } from './cohort-transitions';
import {
  COHORT_LIMITS,
  DEFAULT_EXPIRY_DAYS,
  DEFAULT_MIN_OVERLAP_MINUTES,
  DEFAULT_TARGET_OVERLAP_MINUTES,
  DEFAULT_WEIGHTS,
} from '../settings/program-settings';
import type { CohortSettingsRow } from './cohorts.repository';

export function checkCohortDates(startsOn: string, endsOn: string): FieldError[] {
  const start = dayNumber(startsOn);
  const end = dayNumber(endsOn);
  const errors: FieldError[] = [];
  if (start === null) {
    errors.push({ field: 'startsOn', message: 'is not a calendar date (YYYY-MM-DD)' });
  }
  if (end === null) {
    errors.push({ field: 'endsOn', message: 'is not a calendar date (YYYY-MM-DD)' });
  }
  if (start !== null && end !== null) {
    if (end < start) {
      errors.push({ field: 'endsOn', message: 'must be on or after the start date' });
    } else if (end - start > COHORT_LIMITS.maxDays) {
      errors.push({
        field: 'endsOn',
        message: `a cohort lasts at most ${COHORT_LIMITS.maxDays} days`,
      });
    }
  }
  return errors;
}

const WEIGHT_KEYS = Object.keys(DEFAULT_WEIGHTS) as (keyof ScoreWeights)[];

export function mergeWeights(
  base: Readonly<ScoreWeights>,
  change: Partial<ScoreWeights> | undefined | null,
): ScoreWeights {
  const merged = { ...base };
  for (const key of WEIGHT_KEYS) {
    const value = change?.[key];
    if (typeof value === 'number') {
      merged[key] = value;
    }
  }
  return merged;
}

// Each weight within the limits, and at least one above zero.
export function checkWeights(weights: ScoreWeights, field = 'weights'): FieldError[] {
  const { weightMin, weightMax } = COHORT_LIMITS;
  const errors = WEIGHT_KEYS.flatMap((key) =>
    Number.isFinite(weights[key]) && weights[key] >= weightMin && weights[key] <= weightMax
      ? []
      : [{ field: `${field}.${key}`, message: `must be from ${weightMin} to ${weightMax}` }],
  );
  if (errors.length) {
    return errors;
  }
  const sum = WEIGHT_KEYS.reduce((a, key) => a + weights[key], 0);
  if (sum <= 0) {
    return [{ field, message: 'at least one weight must be above 0' }];
  }
  const equity = equityBoundError(weights);
  return equity ? [{ field: `${field}.equity`, message: equity }] : [];
}

// The equity weight is fixed when the cohort opens: a draft may change it, nothing after.
export function checkEquityChange(
  status: CohortStatusName,
  before: ScoreWeights,
  after: ScoreWeights,
  field = 'weights.equity',
): FieldError[] {
  return status !== 'DRAFT' && before.equity !== after.equity
    ? [{ field, message: 'is fixed once the cohort is open; it cannot change any more' }]
    : [];
}

const wholeWithin = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

export function checkOverlapSettings(min: number, target: number): FieldError[] {
  const limits = COHORT_LIMITS;
  if (!wholeWithin(min, limits.minOverlapMin, limits.minOverlapMax)) {
    return [
      {
        field: 'minOverlapMinutes',
        message: `must be a whole number from ${limits.minOverlapMin} to ${limits.minOverlapMax}`,
      },
    ];
  }
  if (!wholeWithin(target, limits.targetOverlapMin, limits.targetOverlapMax)) {
    return [
      {
        field: 'targetOverlapMinutes',
        message: `must be a whole number from ${limits.targetOverlapMin} to ${limits.targetOverlapMax}`,
      },
    ];
  }
  return target < min
    ? [{ field: 'targetOverlapMinutes', message: 'must be at least the minimum overlap' }]
    : [];
}

// What a lead may send on create or update: any subset, weights one by one.
export type CohortSettingsChange = {
  name?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  minOverlapMinutes?: number | null;
  targetOverlapMinutes?: number | null;
  weights?: Partial<ScoreWeights> | null;
  expiryDays?: number | null;
  allowRepeatPairs?: boolean | null;
  requireVerifiedEmail?: boolean | null;
};

// A new cohort starts from the program's defaults; name and dates must be given.
export const NEW_COHORT_SETTINGS: Readonly<CohortSettingsRow> = {
  name: '',
  startsOn: '',
  endsOn: '',
  minOverlapMinutes: DEFAULT_MIN_OVERLAP_MINUTES,
  targetOverlapMinutes: DEFAULT_TARGET_OVERLAP_MINUTES,
  weights: DEFAULT_WEIGHTS,
  expiryDays: DEFAULT_EXPIRY_DAYS,
  allowRepeatPairs: false,
  requireVerifiedEmail: true,
};

export function mergeCohortSettings(
  base: Readonly<CohortSettingsRow>,
  change: CohortSettingsChange,
): CohortSettingsRow {
  return {
    name: change.name?.trim() ?? base.name,
    startsOn: change.startsOn ?? base.startsOn,
    endsOn: change.endsOn ?? base.endsOn,
    minOverlapMinutes: change.minOverlapMinutes ?? base.minOverlapMinutes,
    targetOverlapMinutes: change.targetOverlapMinutes ?? base.targetOverlapMinutes,
    weights: mergeWeights(base.weights, change.weights),
    expiryDays: change.expiryDays ?? base.expiryDays,
    allowRepeatPairs: change.allowRepeatPairs ?? base.allowRepeatPairs,
    requireVerifiedEmail: change.requireVerifiedEmail ?? base.requireVerifiedEmail,
  };
}

export function checkCohortSettings(s: CohortSettingsRow): FieldError[] {
  const { nameMax, expiryDaysMin, expiryDaysMax } = COHORT_LIMITS;
  const name =
    s.name.length === 0
      ? [{ field: 'name', message: 'give the cohort a name' }]
      : [...s.name].length > nameMax
        ? [{ field: 'name', message: `must be at most ${nameMax} characters` }]
        : [];
  const expiry = wholeWithin(s.expiryDays, expiryDaysMin, expiryDaysMax)
    ? []
    : [
        {
          field: 'expiryDays',
          message: `must be a whole number of days from ${expiryDaysMin} to ${expiryDaysMax}`,
        },
      ];
  return [
    ...name,
    ...checkCohortDates(s.startsOn, s.endsOn),
    ...checkOverlapSettings(s.minOverlapMinutes, s.targetOverlapMinutes),
    ...checkWeights(s.weights),
    ...expiry,
  ];
}

// The one validation for create and update: the settings the cohort would have, or a
// BAD_USER_INPUT naming every wrong field.
export function settleCohortSettings(
  base: Readonly<CohortSettingsRow>,
  change: CohortSettingsChange,
): CohortSettingsRow {
  const next = mergeCohortSettings(base, change);
  const errors = checkCohortSettings(next);
  if (errors.length) {
    throw new InvalidInputError(errors);
  }
  return next;
}
