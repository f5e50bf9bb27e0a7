import { equityBoundError, maxEquityWeight } from './equity';
import { scoreOf } from './score';
import { DEFAULT_WEIGHTS } from './types';

const w = (equity: number, others = 1) => ({
  language: others,
  availability: others,
  interests: others,
  goals: others,
  equity,
});

describe('the equity bound', () => {
  it('allows the default weights, and none at all', () => {
    expect(equityBoundError(DEFAULT_WEIGHTS)).toBeNull();
    expect(equityBoundError(w(0))).toBeNull();
    expect(equityBoundError(w(0, 0))).toBeNull();
  });

  it('refuses an equity weight above an eighth of the others, or equity alone', () => {
    expect(maxEquityWeight(w(0))).toBe(0.5);
    expect(equityBoundError(w(0.51))).toMatch(/at most an eighth/);
    expect(equityBoundError(w(1, 0))).toMatch(/at most an eighth/);
    expect(equityBoundError(w(-1))).toMatch(/negative/);
  });

  it('never lets equity outweigh a difference in the rest larger than its own share', () => {
    // At the bound, equity is worth at most 1000 / 9 ≈ 111 points: a pair better than that
    // in the other parts wins over a self-identified mentee.
    const weights = w(0.5);
    const withEquity = scoreOf(
      { language: 1, availability: 0.5, interests: 0.5, goals: 0.5, equity: 1 },
      weights,
    );
    const better = scoreOf(
      { language: 1, availability: 1, interests: 0.5, goals: 0.6, equity: 0 },
      weights,
    );
    expect(better).toBeGreaterThan(withEquity);
    // A tie in the rest is broken by equity.
    const tie = scoreOf(
      { language: 1, availability: 0.5, interests: 0.5, goals: 0.5, equity: 0 },
      weights,
    );
    expect(withEquity).toBeGreaterThan(tie);
  });
});
