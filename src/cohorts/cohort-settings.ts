// Cohort settings that need no database: calendar dates and weights.
import type { FieldError } from '../common/errors/app-error';
import { equityBoundError } from '../matching/engine/equity';
import { DEFAULT_WEIGHTS, type Weights } from './cohort.entity';
import type { CohortStatusName } from './cohort-transitions';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days since 1970-01-01 of a real calendar date "YYYY-MM-DD", or null.
export function dayNumber(text: string): number | null {
  const m = DAY.exec(text);
  if (!m) {
    return null;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / 86_400_000;
}

export const MAX_COHORT_DAYS = 730;

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
    } else if (end - start > MAX_COHORT_DAYS) {
      errors.push({ field: 'endsOn', message: `a cohort lasts at most ${MAX_COHORT_DAYS} days` });
    }
  }
  return errors;
}

export function mergeWeights(base: Weights, change: Partial<Weights> | undefined | null): Weights {
  const merged = { ...base };
  for (const key of Object.keys(DEFAULT_WEIGHTS) as (keyof Weights)[]) {
    const value = change?.[key];
    if (typeof value === 'number') {
      merged[key] = value;
    }
  }
  return merged;
}

export function checkWeights(weights: Weights, field = 'weights'): FieldError[] {
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  if (sum <= 0) {
    return [{ field, message: 'at least one weight must be above 0' }];
  }
  const equity = equityBoundError(weights);
  return equity ? [{ field: `${field}.equity`, message: equity }] : [];
}

// The equity weight is fixed when the cohort opens: a draft may change it, nothing after.
export function checkEquityChange(
  status: CohortStatusName,
  before: Weights,
  after: Weights,
  field = 'weights.equity',
): FieldError[] {
  return status !== 'DRAFT' && before.equity !== after.equity
    ? [{ field, message: 'is fixed once the cohort is open; it cannot change any more' }]
    : [];
}

export function checkOverlapSettings(min: number, target: number): FieldError[] {
  return target < min || target <= 0
    ? [{ field: 'targetOverlapMinutes', message: 'must be at least the minimum overlap' }]
    : [];
}
