import * as engine from '../matching/engine/types';
import { NEW_COHORT_SETTINGS } from '../cohorts/cohort-settings';
import {
  DEFAULT_MIN_OVERLAP_MINUTES,
  DEFAULT_TARGET_OVERLAP_MINUTES,
  DEFAULT_WEIGHTS,
  PROGRAM_DEFAULTS,
} from './program-settings';

describe('program settings: one source of truth', () => {
  it('are the engine’s own defaults, not copies', () => {
    expect(DEFAULT_WEIGHTS).toBe(engine.DEFAULT_WEIGHTS);
    expect(PROGRAM_DEFAULTS.weights).toBe(engine.DEFAULT_WEIGHTS);
    expect(DEFAULT_MIN_OVERLAP_MINUTES).toBe(engine.DEFAULT_MIN_OVERLAP_MINUTES);
    expect(DEFAULT_TARGET_OVERLAP_MINUTES).toBe(engine.DEFAULT_TARGET_OVERLAP_MINUTES);
  });

  it('are what a new cohort starts with', () => {
    expect(NEW_COHORT_SETTINGS.weights).toBe(engine.DEFAULT_WEIGHTS);
    expect(NEW_COHORT_SETTINGS).toMatchObject({
      minOverlapMinutes: PROGRAM_DEFAULTS.minOverlapMinutes,
      targetOverlapMinutes: PROGRAM_DEFAULTS.targetOverlapMinutes,
      expiryDays: PROGRAM_DEFAULTS.expiryDays,
    });
  });
});
