import { badInput } from '../common/errors/app-error';

// A run's proposals and unmatched mentees, a page at a time. A dry run is saved nowhere, so
// its pages are positions in its (deterministic) result; the cursor names the run it came
// from (the input hash of a dry run, the id of a saved one) so that a page of one run is
// never read as a page of another.
export const RUN_PAGE_DEFAULT = 50;
export const RUN_PAGE_MAX = 500;

export type Page<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
};

const encode = (run: string, position: number) =>
  Buffer.from(JSON.stringify(['run', run, position])).toString('base64url');

function decode(cursor: string, run: string, size: number): number {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (
    !Array.isArray(value) ||
    value.length !== 3 ||
    value[0] !== 'run' ||
    typeof value[2] !== 'number' ||
    !Number.isInteger(value[2]) ||
    value[2] < 0
  ) {
    throw badInput('after', 'is not a cursor this server gave out');
  }
  if (value[1] !== run || value[2] >= size) {
    throw badInput(
      'after',
      'belongs to another run or to data that has changed since: run the matching again',
    );
  }
  return value[2];
}

export function pageOf<T>(
  items: readonly T[],
  run: string,
  first?: number,
  after?: string,
): Page<T> {
  const size = Math.min(Math.max(first ?? RUN_PAGE_DEFAULT, 1), RUN_PAGE_MAX);
  const start = after ? decode(after, run, items.length) + 1 : 0;
  const edges = items
    .slice(start, start + size)
    .map((node, i) => ({ node, cursor: encode(run, start + i) }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + size < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

// How many unmatched mentees give each reason, most frequent first (a mentee may give more
// than one).
export function reasonCounts(
  unmatched: readonly { reasons: readonly string[] }[],
): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const u of unmatched) {
    for (const r of u.reasons) {
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
