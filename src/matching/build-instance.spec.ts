import { withoutUnverified } from './build-instance';

describe('people left out for an unconfirmed email address', () => {
  const rows = [
    { id: 'a', verified: true },
    { id: 'b', verified: false },
    { id: 'c', verified: true },
    { id: 'd', verified: false },
  ];

  it('keeps only confirmed addresses when the cohort requires it, naming the others', () => {
    const { kept, left } = withoutUnverified(rows, true);
    expect(kept.map((r) => r.id)).toEqual(['a', 'c']);
    expect(left).toEqual(['b', 'd']);
  });

  it('keeps everyone, in order, when the cohort does not', () => {
    const { kept, left } = withoutUnverified(rows, false);
    expect(kept).toEqual(rows);
    expect(left).toEqual([]);
  });

  it('handles a cohort without people', () => {
    expect(withoutUnverified([], true)).toEqual({ kept: [], left: [] });
  });
});
