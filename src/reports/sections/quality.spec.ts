import type { ScoreWeights } from '../../matching/engine/types';
import type { UnmatchedGroupRow } from '../reports.repository';
import { averageVisibleScore, qualitySection, unmatchedGroups, type QualityMatch } from './quality';

const W: ScoreWeights = { language: 1, availability: 1, interests: 1, goals: 1, equity: 1 };
const pair = (
  parts: [number, number, number, number, number],
  overlap = 120,
  weights = W,
): QualityMatch => ({
  parts: {
    language: parts[0],
    availability: parts[1],
    interests: parts[2],
    goals: parts[3],
    equity: parts[4],
  },
  weights,
  overlapMinutesPerWeek: overlap,
});

describe('quality section', () => {
  it('averages the score without the equity part, by the engine formula', () => {
    // (1+1+1+1+0)/5 = 800 and (0+0+0+0+0)/5 = 0, whatever the equity part was.
    expect(averageVisibleScore([pair([1, 1, 1, 1, 1]), pair([0, 0, 0, 0, 1])])).toBe(400);
    // A zero weight sum scores 0, as in the engine; .5 rounds half up: 62.5 → 63.
    const tie = { language: 1, availability: 0, interests: 0, goals: 0, equity: 15 };
    const zero = { language: 0, availability: 0, interests: 0, goals: 0, equity: 0 };
    expect(averageVisibleScore([pair([1, 0, 0, 0, 1], 0, tie)])).toBe(63);
    expect(averageVisibleScore([pair([1, 1, 1, 1, 1], 0, zero)])).toBe(0);
    expect(averageVisibleScore([])).toBeNull();
  });

  it('averages each part to three digits and buckets the weekly overlap', () => {
    const q = qualitySection(
      [pair([1, 0.5, 0, 1, 1], 59), pair([0.5, 1, 1, 0, 0], 60), pair([1, 1, 0.5, 0, 1], 300)],
      [],
    );
    expect(q).toMatchObject({
      averageLanguage: 0.833,
      averageAvailability: 0.833,
      averageInterests: 0.5,
      averageGoals: 0.333,
      averageEquity: null,
    });
    // 1 + 1 + 1: all hidden, nothing to hide in addition.
    expect(q.overlapDistribution.map((c) => c.display)).toEqual(['<5', '<5', '0', '0', '<5']);
  });

  it('reads no matches as nulls', () => {
    expect(qualitySection([], [])).toMatchObject({
      averageScore: null,
      averageLanguage: null,
      averageAvailability: null,
      averageInterests: null,
      averageGoals: null,
      unmatched: [],
    });
  });

  it('merges unmatched zones into bands, largest first, hiding small groups', () => {
    const row = (
      reason: string,
      languages: string[],
      offsetHours: number,
      mentees: number,
    ): UnmatchedGroupRow => ({ reason, languages, timezone: 'Zone/X', offsetHours, mentees });
    expect(
      unmatchedGroups([
        row('NO_SHARED_LANGUAGE', ['ES'], -5, 3),
        row('NO_SHARED_LANGUAGE', ['ES'], -4, 4), // same band: 7
        row('MENTORS_AT_CAPACITY', ['EN'], 1, 6),
        row('ALL_EXCLUDED', ['EN', 'ES'], 9, 2),
      ]),
    ).toEqual([
      {
        reason: 'NO_SHARED_LANGUAGE',
        language: 'Spanish only',
        offsetBand: 'UTC-5..-3',
        count: '7',
        summary: '7 Spanish-only mentees in UTC-5..-3 without a mentor who speaks their language',
      },
      {
        reason: 'MENTORS_AT_CAPACITY',
        language: 'English only',
        offsetBand: 'UTC+1..+3',
        // Hidden with the 2, so the 2 is not the total less the rest.
        count: '<5',
        summary: '<5 English-only mentees in UTC+1..+3 whose compatible mentors are all full',
      },
      {
        reason: 'ALL_EXCLUDED',
        language: 'Both',
        offsetBand: 'UTC+4..+14',
        count: '<5',
        summary: '<5 bilingual mentees in UTC+4..+14 whose compatible mentors were all excluded',
      },
    ]);
  });
});
