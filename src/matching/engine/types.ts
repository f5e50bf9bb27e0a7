// Public shapes of the matching engine: the instance it reads and the result it returns.
// The command line speaks exactly this JSON; the backend passes the same objects directly.

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';

// Upper-case codes are accepted too (the GraphQL enum uses them) and normalised to lower case.
export type LanguageCode = 'en' | 'es' | 'EN' | 'ES';

// Local wall-clock window in the person's own zone: "HH:MM", start < end, "24:00" ends at midnight.
export type AvailabilityWindow = { day: Weekday; start: string; end: string };

export type ScoreWeights = {
  language: number;
  availability: number;
  interests: number;
  goals: number;
  equity: number;
};

export type CohortInput = {
  startsOn: string; // "YYYY-MM-DD"
  endsOn: string;
  minOverlapMinutes?: number;
  targetOverlapMinutes?: number;
  weights?: Partial<ScoreWeights>;
};

type PersonInput = {
  id: string;
  languages: readonly LanguageCode[];
  preferredLanguage?: LanguageCode;
  timezone: string; // IANA zone name
  availability: readonly AvailabilityWindow[];
  interests?: readonly string[];
};

export type MentorInput = PersonInput & {
  expertise?: readonly string[];
  capacity: number;
};

export type MenteeInput = PersonInput & {
  goals?: readonly string[];
  underrepresented?: boolean;
};

export type PairRef = { mentorId: string; menteeId: string };

export type MatchingInstance = {
  cohort: CohortInput;
  mentors: readonly MentorInput[];
  mentees: readonly MenteeInput[];
  exclusions?: readonly PairRef[];
  pins?: readonly PairRef[];
};

export type MatchOptions = {
  // Include every feasible pair with its score (for audits); can be large.
  allPairs?: boolean;
};

// One shared stretch of the week, written in each side's local time, e.g. "MON 18:00-20:00".
export type OverlapWindow = { mentor: string; mentee: string };

export type ScoreBreakdown = {
  language: number;
  availability: number;
  interests: number;
  goals: number;
  equity: number;
  overlapMinutesPerWeek: number;
  sharedInterests: string[];
  // The shared windows of the week with the least overlap (the binding week).
  overlap: OverlapWindow[];
};

export type MatchProposal = {
  menteeId: string;
  mentorId: string;
  score: number;
  breakdown: ScoreBreakdown;
};

export type UnmatchedReason =
  'NO_SHARED_LANGUAGE' | 'NO_AVAILABILITY_OVERLAP' | 'ALL_EXCLUDED' | 'MENTORS_AT_CAPACITY';

export type UnmatchedMentee = {
  menteeId: string;
  reasons: UnmatchedReason[];
  compatibleMentors: number;
};

export type PairScore = { menteeId: string; mentorId: string; score: number };

export type MatchResult = {
  matches: MatchProposal[];
  unmatched: UnmatchedMentee[];
  matchedCount: number;
  totalScore: number;
  pairs?: PairScore[];
};

export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = {
  language: 1,
  availability: 1,
  interests: 1,
  goals: 1,
  equity: 0.5,
};

export const DEFAULT_MIN_OVERLAP_MINUTES = 60;
export const DEFAULT_TARGET_OVERLAP_MINUTES = 180;
