import { AppError } from '../common/errors/app-error';
import { pageOf, reasonCounts } from './run-pages';

const items = Array.from({ length: 120 }, (_, i) => `p${i}`);

describe('pages of a run', () => {
  it('walks the whole list in pages with the totals up front', () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = pageOf(items, 'hash-a', 50, after);
      expect(page.totalCount).toBe(120);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.edges.map((e) => e.node));
      pages++;
      if (!page.pageInfo.hasNextPage) {
        break;
      }
      after = page.pageInfo.endCursor!;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(items);
  });

  it('defaults to 50, caps at 500, and answers an empty list with an empty page', () => {
    expect(pageOf(items, 'h').edges).toHaveLength(50);
    expect(
      pageOf(
        Array.from({ length: 900 }, (_, i) => i),
        'h',
        10_000,
      ).edges,
    ).toHaveLength(500);
    expect(pageOf([], 'h', 50)).toMatchObject({
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('refuses a cursor of another run, a stale one, or one it never gave out', () => {
    const cursor = pageOf(items, 'hash-a', 50).pageInfo.endCursor!;
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof AppError ? [e.code, e.details.field] : e;
      }
      return 'accepted';
    };
    expect(refused(() => pageOf(items, 'hash-b', 50, cursor))).toEqual(['BAD_USER_INPUT', 'after']);
    expect(refused(() => pageOf(items.slice(0, 40), 'hash-a', 50, cursor))).toEqual([
      'BAD_USER_INPUT',
      'after',
    ]);
    expect(refused(() => pageOf(items, 'hash-a', 50, 'bm9wZQ'))).toEqual([
      'BAD_USER_INPUT',
      'after',
    ]);
    expect(refused(() => pageOf(items, 'hash-a', 50, cursor))).toBe('accepted');
  });

  it('counts the reasons of the unmatched, most frequent first', () => {
    expect(
      reasonCounts([
        { reasons: ['NO_SHARED_LANGUAGE'] },
        { reasons: ['MENTORS_AT_CAPACITY'] },
        { reasons: ['MENTORS_AT_CAPACITY', 'NO_AVAILABILITY_OVERLAP'] },
      ]),
    ).toEqual([
      { reason: 'MENTORS_AT_CAPACITY', count: 2 },
      { reason: 'NO_AVAILABILITY_OVERLAP', count: 1 },
      { reason: 'NO_SHARED_LANGUAGE', count: 1 },
    ]);
  });
});
