import fc from 'fast-check';
import {
  equityRows,
  guardedAverage,
  hidden,
  rate,
  shown,
  suppressPart,
  suppressPartition,
} from './suppression';

describe('small-cell suppression', () => {
  it('shows counts of 5 or more and zeros, hides 1 to 4', () => {
    expect(suppressPartition([12, 9])).toEqual([shown(12), shown(9)]);
    expect(suppressPartition([0, 9])).toEqual([shown(0), shown(9)]);
    expect(suppressPartition([3, 4])).toEqual([hidden(), hidden()]);
    expect(hidden().display).toBe('<5');
  });

  it('hides a second cell when one is hidden, so the total cannot give it away', () => {
    // 3 + 9 = 12 published: showing 9 would reveal the 3.
    expect(suppressPartition([3, 9])).toEqual([hidden(), hidden()]);
    // The smallest other cell goes, the rest stay.
    expect(suppressPartition([2, 40, 7, 0])).toEqual([hidden(), shown(40), hidden(), shown(0)]);
  });

  it('hides the zeros beside a lone hidden matched cell, since the total is published', () => {
    // Self-identified: 6 mentees, 4 matched (hidden); the rest: 5 mentees, 0 matched. The
    // report publishes 4 matched mentees in all: a shown 0 would give the 4 away.
    const rows = equityRows([
      { group: 'Self-identified', mentees: 6, matched: 4 },
      { group: 'Others', mentees: 5, matched: 0 },
    ]);
    expect(rows.map((r) => r.matched)).toEqual(['<5', '<5']);
  });

  it('never lets a hidden count be recovered from the total and the shown cells', () => {
    // The case a random run once found: a lone small cell beside a zero.
    expect(suppressPartition([0, 1])).toEqual([hidden(), hidden()]);
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 1, maxLength: 6 }), (parts) => {
        const cells = suppressPartition(parts);
        const total = parts.reduce((a, b) => a + b, 0);
        const shownSum = cells.reduce((a, c) => a + (c.count ?? 0), 0);
        const hiddenCells = cells.filter((c) => c.count === null);
        // Every small cell is hidden.
        parts.forEach((n, i) => {
          if (n > 0 && n < 5) {
            expect(cells[i].count).toBeNull();
          }
        });
        // A lone hidden cell would equal total - shown; that only happens when every other
        // cell is zero, and then the total itself is the small count (never published
        // as a group figure).
        if (hiddenCells.length === 1) {
          expect(shownSum).toBe(0);
          expect(total).toBeLessThan(5);
        }
        // With two or more hidden, the hidden cells share a remainder of at least one
        // person (a hidden cell is small, so non-zero): more than one split of it fits
        // what is published, so no single hidden count is known. Zeros hidden beside a
        // lone small cell are part of that ambiguity ([0, 1] reads "<5, <5").
        if (hiddenCells.length >= 2) {
          expect(total - shownSum).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('hides a part when it, or what it leaves of its whole, is small', () => {
    expect(suppressPart(6, 12)).toEqual(shown(6));
    expect(suppressPart(9, 12)).toEqual(hidden()); // 3 left unmatched would be revealed
    expect(suppressPart(12, 12)).toEqual(shown(12));
    expect(suppressPart(3, 12)).toEqual(hidden());
    expect(suppressPart(8, null)).toEqual(hidden());
  });

  it('withholds rates and averages built on hidden or small figures', () => {
    expect(rate(shown(6), shown(12))).toBe(0.5);
    expect(rate(hidden(), shown(12))).toBeNull();
    expect(rate(shown(6), hidden())).toBeNull();
    expect(guardedAverage(4.333, 5)).toBe(4.33);
    expect(guardedAverage(4.5, 4)).toBeNull();
  });

  it('builds equity rows no complementary count can undo', () => {
    // 4 underrepresented mentees among 30: both group sizes are hidden, and so both matched.
    const rows = equityRows([
      { group: 'underrepresented', mentees: 4, matched: 3 },
      { group: 'others', mentees: 26, matched: 20 },
    ]);
    expect(rows.map((r) => [r.mentees, r.matched, r.matchRate])).toEqual([
      ['<5', '<5', null],
      ['<5', '<5', null],
    ]);
    // Sizes shown; 7 of 10 matched would reveal 3 unmatched: hidden, and so its partner.
    const rows2 = equityRows([
      { group: 'underrepresented', mentees: 10, matched: 7 },
      { group: 'others', mentees: 40, matched: 30 },
    ]);
    expect(rows2.map((r) => [r.mentees, r.matched])).toEqual([
      ['10', '<5'],
      ['40', '<5'],
    ]);
    const rows3 = equityRows([
      { group: 'underrepresented', mentees: 12, matched: 6 },
      { group: 'others', mentees: 40, matched: 30 },
    ]);
    expect(rows3.map((r) => [r.mentees, r.matched, r.matchRate])).toEqual([
      ['12', '6', 0.5],
      ['40', '30', 0.75],
    ]);
  });
});
