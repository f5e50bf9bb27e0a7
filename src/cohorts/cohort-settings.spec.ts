import {
  checkCohortDates,
  checkOverlapSettings,
  checkWeights,
  dayNumber,
  mergeWeights,
} from './cohort-settings';
import { DEFAULT_WEIGHTS } from './cohort.entity';

describe('cohort settings', () => {
  it('reads real calendar dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2028-02-29')).not.toBeNull();
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(dayNumber('2027-13-01')).toBeNull();
    expect(dayNumber('27-01-01')).toBeNull();
  });

  it('wants the end on or after the start, within two years', () => {
    expect(checkCohortDates('2027-03-01', '2027-05-30')).toEqual([]);
    expect(checkCohortDates('2027-03-01', '2027-03-01')).toEqual([]);
    expect(checkCohortDates('2027-03-01', '2027-02-28')).toEqual([
      { field: 'endsOn', message: expect.stringMatching(/after the start/) },
    ]);
    expect(checkCohortDates('2027-03-01', '2030-03-01')[0].field).toBe('endsOn');
    expect(checkCohortDates('2027-02-30', '2027-03-01')[0].field).toBe('startsOn');
  });

  it('merges weights and wants one above zero', () => {
    const w = mergeWeights(DEFAULT_WEIGHTS, { equity: 0, goals: 2 });
    expect(w).toEqual({ ...DEFAULT_WEIGHTS, equity: 0, goals: 2 });
    expect(checkWeights(w)).toEqual([]);
    expect(
      checkWeights({ language: 0, availability: 0, interests: 0, goals: 0, equity: 0 }),
    ).toHaveLength(1);
    expect(checkOverlapSettings(120, 60)).toHaveLength(1);
    expect(checkOverlapSettings(60, 180)).toEqual([]);
  });
});
