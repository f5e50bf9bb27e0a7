// The cohort's life: DRAFT → OPEN (people join) → MATCHING (joining closed, runs) →
// ACTIVE (the program runs) → CLOSED. MATCHING may reopen to OPEN for late joiners, and a
// DRAFT or OPEN cohort may be called off (CLOSED).
export const COHORT_STATUSES = ['DRAFT', 'OPEN', 'MATCHING', 'ACTIVE', 'CLOSED'] as const;
export type CohortStatusName = (typeof COHORT_STATUSES)[number];

const NEXT: Record<CohortStatusName, readonly CohortStatusName[]> = {
  DRAFT: ['OPEN', 'CLOSED'],
  OPEN: ['MATCHING', 'CLOSED'],
  MATCHING: ['OPEN', 'ACTIVE'],
  ACTIVE: ['CLOSED'],
  CLOSED: [],
};

export function canMoveCohort(from: CohortStatusName, to: CohortStatusName): boolean {
  return NEXT[from].includes(to);
}

export const nextCohortStatuses = (from: CohortStatusName) => NEXT[from];

export const canJoin = (status: CohortStatusName) => status === 'OPEN';

// Matching runs while people join, during matching, and while active (to refill declines).
export const canRunMatching = (status: CohortStatusName) =>
  status === 'OPEN' || status === 'MATCHING' || status === 'ACTIVE';

// Settings (dates, weights, expiry) may change until the program is under way.
export const canEditSettings = (status: CohortStatusName) =>
  status === 'DRAFT' || status === 'OPEN' || status === 'MATCHING';
