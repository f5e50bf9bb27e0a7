import { MATCH_STATUSES } from '../common/vocabulary';
import { holdsPlace, placeChange, placesHeld, remainingPlaces } from './capacity';

describe('the capacity rule', () => {
  it.each([
    ['PROPOSED', true],
    ['ACCEPTED', true],
    ['COMPLETED', true],
    ['DECLINED', false],
    ['EXPIRED', false],
    ['ENDED', false],
  ] as const)('%s holds a place: %s', (status, holds) => {
    expect(holdsPlace(status)).toBe(holds);
  });

  it('counts the places held by a mix of matches', () => {
    expect(placesHeld([...MATCH_STATUSES, ...MATCH_STATUSES])).toBe(6);
    expect(remainingPlaces(4, placesHeld(['ACCEPTED', 'DECLINED', 'COMPLETED']))).toBe(2);
    expect(remainingPlaces(1, 3)).toBe(0);
  });

  it('says what each move does to a place', () => {
    expect(placeChange(null, 'PROPOSED')).toBe(1);
    expect(placeChange('PROPOSED', 'ACCEPTED')).toBe(0);
    expect(placeChange('ACCEPTED', 'COMPLETED')).toBe(0);
    expect(placeChange('PROPOSED', 'DECLINED')).toBe(-1);
    expect(placeChange('PROPOSED', 'EXPIRED')).toBe(-1);
    expect(placeChange('ACCEPTED', 'ENDED')).toBe(-1);
  });
});
