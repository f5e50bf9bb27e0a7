import { scoreFor, scoreWithoutEquity } from './score-view';

const weights = { language: 1, availability: 1, interests: 1, goals: 1, equity: 0.5 };
const parts = { language: 1, availability: 0.67, interests: 0.41, goals: 1, equity: 0 };

describe('scores without self-identification', () => {
  it('uses the engine formula without the equity term', () => {
    // (1 + 0.67 + 0.41 + 1) / 4.5 * 1000
    expect(scoreWithoutEquity(parts, weights)).toBe(684);
    expect(scoreWithoutEquity({ ...parts, equity: 1 }, weights)).toBe(684);
    expect(scoreWithoutEquity(parts, { ...weights, equity: 0 })).toBe(770);
    expect(
      scoreWithoutEquity(parts, {
        language: 0,
        availability: 0,
        interests: 0,
        goals: 0,
        equity: 0,
      }),
    ).toBe(0);
  });

  it('shows the mentee her own score and equity, everyone else the same as for anyone', () => {
    const underrepresented = { menteeId: 'e1', score: 796, breakdown: { ...parts, equity: 1 } };
    const other = { menteeId: 'e2', score: 684, breakdown: parts };
    expect(scoreFor('e1', underrepresented, weights)).toEqual({
      score: 796,
      breakdown: { ...parts, equity: 1 },
    });
    const seenByMentor = scoreFor('mentor', underrepresented, weights);
    expect(seenByMentor).toEqual(scoreFor('mentor', other, weights));
    expect(seenByMentor).toEqual({ score: 684, breakdown: parts });
    expect(scoreFor(undefined, underrepresented, weights).breakdown.equity).toBe(0);
  });
});
