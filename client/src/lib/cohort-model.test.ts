import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DEFAULTS } from '../settings/program-defaults.fixture';
import {
  defaultCohortValues,
  equityWithinBound,
  validateCohortSettings,
  type CohortValues,
} from './cohort-model';

const limits = SAMPLE_DEFAULTS.cohort;
const now = DateTime.fromISO('2026-03-10T12:00:00Z');

function cohort(overrides: Partial<CohortValues> = {}): CohortValues {
  return { ...defaultCohortValues('UTC', SAMPLE_DEFAULTS, now), name: 'Spring', ...overrides };
}

describe('defaultCohortValues', () => {
  it('takes the weights, overlap and expiry from the API', () => {
    const defaults = {
      ...SAMPLE_DEFAULTS,
      weights: { language: 2, availability: 0.5, interests: 1, goals: 0, equity: 3 },
      minOverlapMinutes: 45,
      targetOverlapMinutes: 120,
      expiryDays: 5,
    };
    const v = defaultCohortValues('America/Bogota', defaults, now);
    expect(v.weights).toEqual({
      language: 2,
      availability: 0.5,
      interests: 1,
      goals: 0,
      equity: 3,
    });
    expect([v.minOverlapMinutes, v.targetOverlapMinutes, v.expiryDays]).toEqual([45, 120, 5]);
    expect([v.startsOn, v.endsOn]).toEqual(['2026-03-10', '2026-06-08']);
  });

  it('never suggests a cohort longer than the API allows', () => {
    const short = { ...SAMPLE_DEFAULTS, cohort: { ...limits, maxDays: 30 } };
    expect(defaultCohortValues('UTC', short, now).endsOn).toBe('2026-04-09');
  });

  it('drops __typename from the weights, which inputs refuse', () => {
    const typed = { ...SAMPLE_DEFAULTS, weights: { ...SAMPLE_DEFAULTS.weights, __typename: 'X' } };
    expect(Object.keys(defaultCohortValues('UTC', typed, now).weights)).not.toContain('__typename');
  });
});

describe('validateCohortSettings', () => {
  it('accepts the defaults', () => {
    expect(validateCohortSettings(cohort(), limits)).toEqual({});
  });

  it('checks each setting against the limits it is given', () => {
    const errors = validateCohortSettings(
      cohort({
        name: 'x'.repeat(limits.nameMax + 1),
        endsOn: '2026-03-09',
        minOverlapMinutes: limits.minOverlapMax + 1,
        targetOverlapMinutes: limits.targetOverlapMin - 1,
        expiryDays: limits.expiryDaysMax + 1,
        weights: {
          language: limits.weightMax + 1,
          availability: 1,
          interests: 1,
          goals: 1,
          equity: 1,
        },
      }),
      limits,
    );
    expect(errors).toEqual({
      name: 'errors.field.name',
      endsOn: 'errors.field.endsOn',
      minOverlapMinutes: 'errors.field.minOverlapMinutes',
      targetOverlapMinutes: 'errors.field.targetOverlapMinutes',
      expiryDays: 'errors.field.expiryDays',
      weights: 'errors.field.weights',
    });
  });

  it('asks for a name first, then for a shorter one', () => {
    expect(validateCohortSettings(cohort({ name: '  ' }), limits)).toEqual({
      name: 'errors.field.cohortName',
    });
  });

  it('refuses a cohort longer than maxDays and a target below the minimum overlap', () => {
    const tight = { ...limits, maxDays: 10 };
    expect(validateCohortSettings(cohort({ endsOn: '2026-03-21' }), tight).endsOn).toBe(
      'errors.field.endsOn',
    );
    expect(validateCohortSettings(cohort({ endsOn: '2026-03-20' }), tight)).toEqual({});
    expect(
      validateCohortSettings(cohort({ minOverlapMinutes: 90, targetOverlapMinutes: 60 }), limits),
    ).toEqual({ targetOverlapMinutes: 'errors.field.targetOverlapMinutes' });
  });
});

describe('the equity bound', () => {
  const base = defaultCohortValues('America/Lima', SAMPLE_DEFAULTS, DateTime.utc(2027, 1, 4));
  it('allows the server default (an eighth of the others) and refuses more', () => {
    const limits = SAMPLE_DEFAULTS.cohort;
    const at = { ...base, weights: { ...base.weights, equity: 0.5 } };
    expect(equityWithinBound(at.weights, limits)).toBe(true);
    expect(validateCohortSettings(at, limits).weights).toBeUndefined();
    const above = { ...base, weights: { ...base.weights, equity: 1 } };
    expect(validateCohortSettings(above, limits).weights).toBe('errors.field.equityBound');
    const alone = {
      ...base,
      weights: { language: 0, availability: 0, interests: 0, goals: 0, equity: 1 },
    };
    expect(equityWithinBound(alone.weights, limits)).toBe(false);
  });
});
