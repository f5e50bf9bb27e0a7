import type { MenteeGroupRow } from '../reports.repository';
import { equitySection as fromGroups } from './equity';

type Mentee = { underrepresented: boolean; hoursToMatch: number | null; ratings: number[] };
const mentee = (
  underrepresented: boolean,
  hoursToMatch: number | null,
  ratings: number[] = [],
): Mentee => ({ underrepresented, hoursToMatch, ratings });

// The repository's rows for these mentees: one per group present.
const equitySection = (mentees: Mentee[]) =>
  fromGroups(
    [true, false].flatMap((underrepresented): MenteeGroupRow[] => {
      const rows = mentees.filter((m) => m.underrepresented === underrepresented);
      return rows.length === 0
        ? []
        : [
            {
              underrepresented,
              mentees: rows.length,
              hoursToMatch: rows.flatMap((m) => (m.hoursToMatch === null ? [] : [m.hoursToMatch])),
              ratingSum: rows.reduce((a, m) => a + m.ratings.reduce((x, r) => x + r, 0), 0),
              ratingCount: rows.reduce((a, m) => a + m.ratings.length, 0),
            },
          ];
    }),
  );

describe('equity section', () => {
  it('shows both groups when every cell is large enough', () => {
    const s = equitySection([
      // Self-identified: 11 mentees, 6 matched after 10, 20, 30, 40, 50, 60 hours.
      ...[10, 20, 30, 40, 50, 60].map((h) => mentee(true, h, [5])),
      mentee(true, null, [4]),
      ...Array.from({ length: 4 }, () => mentee(true, null)),
      // Everyone else: 10 mentees, 5 matched after 5, 7, 9, 11, 13 hours; 5 ratings of 3.
      ...[5, 7, 9, 11, 13].map((h) => mentee(false, h, [3])),
      ...Array.from({ length: 5 }, () => mentee(false, null)),
    ]);
    expect(s.matchedMenteeCount).toBe(11);
    expect(s.equity).toEqual([
      {
        group: 'Self-identified underrepresented',
        mentees: '11',
        matched: '6',
        matchRate: 0.545,
        medianHoursToMatch: 35, // (30 + 40) / 2
        averageRating: 4.86, // 34 / 7
      },
      {
        group: 'Everyone else',
        mentees: '10',
        matched: '5',
        matchRate: 0.5,
        medianHoursToMatch: 9,
        averageRating: 3,
      },
    ]);
  });

  it('hides a matched count that is small or leaves a small rest, and its figures', () => {
    const s = equitySection([
      ...Array.from({ length: 6 }, (_, i) => mentee(true, i < 4 ? 10 : null)),
      ...Array.from({ length: 9 }, (_, i) => mentee(false, i < 7 ? 20 : null)),
    ]);
    expect(s.matchedMenteeCount).toBe(11);
    expect(s.equity).toEqual([
      {
        group: 'Self-identified underrepresented',
        mentees: '6',
        matched: '<5',
        matchRate: null,
        medianHoursToMatch: null,
        averageRating: null,
      },
      {
        group: 'Everyone else',
        mentees: '9',
        matched: '<5', // 7 of 9 leaves 2 unmatched
        matchRate: null,
        medianHoursToMatch: null,
        averageRating: null,
      },
    ]);
  });

  it('reads a cohort without mentees as zeros', () => {
    const s = equitySection([]);
    expect(s.matchedMenteeCount).toBe(0);
    expect(s.equity.map((e) => [e.mentees, e.matched, e.matchRate])).toEqual([
      ['0', '0', null],
      ['0', '0', null],
    ]);
  });
});
