import { canJoin, canMoveCohort, canRunMatching, COHORT_STATUSES } from './cohort-transitions';

describe('cohort transitions', () => {
  it('allows only the sensible moves', () => {
    const moves = COHORT_STATUSES.flatMap((f) =>
      COHORT_STATUSES.filter((t) => canMoveCohort(f, t)).map((t) => `${f}->${t}`),
    );
    expect(moves.sort()).toEqual(
      [
        'DRAFT->OPEN',
        'DRAFT->CLOSED',
        'OPEN->MATCHING',
        'OPEN->CLOSED',
        'MATCHING->OPEN',
        'MATCHING->ACTIVE',
        'ACTIVE->CLOSED',
      ].sort(),
    );
    expect(canMoveCohort('CLOSED', 'OPEN')).toBe(false);
    expect(canMoveCohort('ACTIVE', 'MATCHING')).toBe(false);
  });
  it('lets people join only an open cohort and runs happen from open to active', () => {
    expect(COHORT_STATUSES.filter(canJoin)).toEqual(['OPEN']);
    expect(COHORT_STATUSES.filter(canRunMatching)).toEqual(['OPEN', 'MATCHING', 'ACTIVE']);
  });
});
