import { InvalidInputError } from '../common/errors/app-error';
import { COHORT_LIMITS, DEFAULT_WEIGHTS } from '../settings/program-settings';
import { dayNumber } from '../matching/engine/calendar-date';
import {
  checkCohortDates,
  checkCohortSettings,
  checkOverlapSettings,
  checkWeights,
  mergeWeights,
  NEW_COHORT_SETTINGS,
  settleCohortSettings,
} from './cohort-settings';

const valid = {
  ...NEW_COHORT_SETTINGS,
  name: 'Primavera',
  startsOn: '2027-03-01',
  endsOn: '2027-05-30',
};

describe('cohort settings', () => {
  it('reads real calendar dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2028-02-29')).not.toBeNull();
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(dayNumber('2027-13-01')).toBeNull();
    expect(dayNumber('27-01-01')).toBeNull();
  });

  it('wants the end on or after the start, within the longest cohort', () => {
    expect(checkCohortDates('2027-03-01', '2027-05-30')).toEqual([]);
    expect(checkCohortDates('2027-03-01', '2027-03-01')).toEqual([]);
    expect(checkCohortDates('2027-03-01', '2027-02-28')).toEqual([
      { field: 'endsOn', message: expect.stringMatching(/after the start/) },
    ]);
    expect(checkCohortDates('2027-03-01', '2030-03-01')[0].field).toBe('endsOn');
    expect(checkCohortDates('2027-02-30', '2027-03-01')[0].field).toBe('startsOn');
  });

  it('merges weights, keeps each within the limits and wants one above zero', () => {
    const w = mergeWeights(DEFAULT_WEIGHTS, { equity: 0, goals: 2 });
    expect(w).toEqual({ ...DEFAULT_WEIGHTS, equity: 0, goals: 2 });
    expect(checkWeights(w)).toEqual([]);
    expect(
      checkWeights({ language: 0, availability: 0, interests: 0, goals: 0, equity: 0 }),
    ).toEqual([{ field: 'weights', message: expect.stringMatching(/above 0/) }]);
    expect(checkWeights({ ...w, language: -1 })[0].field).toBe('weights.language');
    expect(checkWeights({ ...w, equity: COHORT_LIMITS.weightMax + 0.5 })[0].field).toBe(
      'weights.equity',
    );
    expect(checkOverlapSettings(120, 60)).toHaveLength(1);
    expect(checkOverlapSettings(60, 180)).toEqual([]);
    expect(checkOverlapSettings(-1, 180)[0].field).toBe('minOverlapMinutes');
    expect(checkOverlapSettings(0, COHORT_LIMITS.targetOverlapMin - 1)[0].field).toBe(
      'targetOverlapMinutes',
    );
  });

  it('starts a new cohort from the program defaults', () => {
    expect(NEW_COHORT_SETTINGS).toMatchObject({
      weights: DEFAULT_WEIGHTS,
      minOverlapMinutes: 60,
      targetOverlapMinutes: 180,
      expiryDays: 7,
      allowRepeatPairs: false,
    });
    expect(checkCohortSettings(valid)).toEqual([]);
  });

  it('checks create and update with the same rule: the merged settings', () => {
    const created = settleCohortSettings(NEW_COHORT_SETTINGS, {
      name: '  Otoño  ',
      startsOn: '2027-09-01',
      endsOn: '2027-11-30',
      weights: { equity: 0.25 },
    });
    expect(created).toMatchObject({
      name: 'Otoño',
      weights: { ...DEFAULT_WEIGHTS, equity: 0.25 },
    });
    // Equity may break ties, never outweigh the rest (equity.ts).
    expect(() => settleCohortSettings(created, { weights: { equity: 1 } })).toThrow(
      /weights\.equity/,
    );
    // An update is valid or not by what the cohort would become, whatever it changes.
    expect(settleCohortSettings(created, { expiryDays: 3 }).expiryDays).toBe(3);
    expect(() => settleCohortSettings(created, { endsOn: '2027-08-01' })).toThrow(
      InvalidInputError,
    );
    expect(() => settleCohortSettings(created, { minOverlapMinutes: 240 })).toThrow(
      /targetOverlapMinutes/,
    );
    const tooLong = 'x'.repeat(COHORT_LIMITS.nameMax + 1);
    for (const base of [NEW_COHORT_SETTINGS, created]) {
      const errors = checkCohortSettings({ ...base, ...valid, name: tooLong, expiryDays: 0 });
      expect(errors.map((e) => e.field)).toEqual(['name', 'expiryDays']);
    }
    expect(() => settleCohortSettings(created, { name: '   ' })).toThrow(/name/);
  });
});
