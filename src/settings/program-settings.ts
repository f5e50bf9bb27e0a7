// Defaults and limits of the program, in one place: the engine owns the matching defaults,
// the profile rules own the profile limits; cohort limits live here. Validation, the
// database defaults' migration, and the public `programDefaults` query all read these.
import {
  DEFAULT_MIN_OVERLAP_MINUTES,
  DEFAULT_TARGET_OVERLAP_MINUTES,
  DEFAULT_WEIGHTS,
} from '../matching/engine/types';
import { EQUITY_MAX_RATIO } from '../matching/engine/equity';
import { LIMITS as PROFILE_LIMITS } from '../participants/profile-rules';

export { DEFAULT_MIN_OVERLAP_MINUTES, DEFAULT_TARGET_OVERLAP_MINUTES, DEFAULT_WEIGHTS };
export { PROFILE_LIMITS };

export const DEFAULT_EXPIRY_DAYS = 7;

export const COHORT_LIMITS = {
  nameMax: 120,
  maxDays: 730,
  weightMin: 0,
  weightMax: 10,
  // The equity weight is at most this share of the other weights together (equity.ts).
  equityMaxRatio: EQUITY_MAX_RATIO,
  minOverlapMin: 0,
  minOverlapMax: 10_080,
  targetOverlapMin: 15,
  targetOverlapMax: 10_080,
  expiryDaysMin: 1,
  expiryDaysMax: 60,
} as const;

export const PROGRAM_DEFAULTS = {
  weights: DEFAULT_WEIGHTS,
  minOverlapMinutes: DEFAULT_MIN_OVERLAP_MINUTES,
  targetOverlapMinutes: DEFAULT_TARGET_OVERLAP_MINUTES,
  expiryDays: DEFAULT_EXPIRY_DAYS,
  cohort: COHORT_LIMITS,
  profile: PROFILE_LIMITS,
} as const;
