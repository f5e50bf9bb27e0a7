// The one capacity rule: a mentor's place in a cohort is held by a PROPOSED, ACCEPTED or
// COMPLETED match; DECLINED, EXPIRED and ENDED free it. The matcher, accepting and the report
// all read it from here; the database's trigger and CHECK on cohort_member.places_held
// enforce the same set (migration 1764400000000).
import { isOneOf, PLACE_HOLDING_STATUSES, type MatchStatusName } from '../common/vocabulary';

export const holdsPlace = (status: MatchStatusName): boolean =>
  isOneOf(PLACE_HOLDING_STATUSES, status);

export const placesHeld = (statuses: Iterable<MatchStatusName>): number => {
  let held = 0;
  for (const status of statuses) {
    held += holdsPlace(status) ? 1 : 0;
  }
  return held;
};

export const remainingPlaces = (capacity: number, held: number): number =>
  Math.max(0, capacity - held);

// A move from one status to another takes (+1), frees (-1) or keeps (0) a place.
export const placeChange = (from: MatchStatusName | null, to: MatchStatusName): -1 | 0 | 1 => {
  const before = from !== null && holdsPlace(from);
  const after = holdsPlace(to);
  return before === after ? 0 : after ? 1 : -1;
};
