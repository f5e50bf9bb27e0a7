// Test data in the shape of the API's programDefaults; the numbers are a sample for the
// specs, not the program's settings (the client never reads them outside tests).
import type { ProgramDefaults } from './program-defaults.types';

export const SAMPLE_DEFAULTS: ProgramDefaults = {
  weights: { language: 1, availability: 1, interests: 1, goals: 1, equity: 0.5 },
  minOverlapMinutes: 60,
  targetOverlapMinutes: 180,
  expiryDays: 7,
  cohort: {
    nameMax: 120,
    maxDays: 730,
    weightMin: 0,
    weightMax: 10,
    equityMaxRatio: 0.125,
    minOverlapMin: 0,
    minOverlapMax: 10_080,
    targetOverlapMin: 15,
    targetOverlapMax: 10_080,
    expiryDaysMin: 1,
    expiryDaysMax: 60,
  },
  profile: {
    windowsMin: 1,
    windowsMax: 21,
    interestsMin: 1,
    interestsMax: 15,
    goalsMax: 10,
    tagLength: 40,
    aboutLength: 1000,
    capacityMin: 1,
    capacityMax: 10,
    passwordMin: 10,
    passwordMax: 200,
    displayNameMax: 80,
  },
};
