// Small-cell suppression: no published figure may single a person out. A count below the
// threshold reads "<5" and anything computed from it (a rate, an average) is withheld.
// Suppressing one cell is not enough when the others and their total are published: the
// hidden one is then their difference, so one more cell is hidden ("complementary").

export const THRESHOLD = 5;

export type Cell = { count: number | null; display: string };

export const shown = (count: number): Cell => ({ count, display: String(count) });
export const hidden = (): Cell => ({ count: null, display: `<${THRESHOLD}` });

// A cell hides when it holds 1 to 4 people; a zero reveals nobody.
export const isSmall = (n: number, threshold = THRESHOLD) => n > 0 && n < threshold;

// The parts of a whole whose total is published elsewhere. If any part is hidden, the
// next-smallest shown part is hidden too, so no part is a difference of published figures.
export function suppressPartition(parts: number[], threshold = THRESHOLD): Cell[] {
  const cells = parts.map((n) => (isSmall(n, threshold) ? hidden() : shown(n)));
  return hideComplement(cells, parts);
}

// A part of a published group total (matched of mentees): hidden when it, or what it
// leaves (mentees not matched), is a small cell.
export function suppressPart(part: number, whole: number | null, threshold = THRESHOLD): Cell {
  if (whole === null || isSmall(part, threshold) || isSmall(whole - part, threshold)) {
    return hidden();
  }
  return shown(part);
}

export const rate = (part: Cell, whole: Cell): number | null =>
  part.count === null || whole.count === null || whole.count === 0
    ? null
    : round(part.count / whole.count, 3);

// An average over fewer than `threshold` people (or ratings) is withheld.
export const guardedAverage = (
  value: number | null,
  n: number,
  threshold = THRESHOLD,
): number | null => (value === null || n < threshold ? null : round(value, 2));

export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export type EquityInput = { group: string; mentees: number; matched: number };
export type EquityRowOut = {
  group: string;
  mentees: string;
  matched: string;
  matchRate: number | null;
  menteeCount: number | null;
  matchedCount: number | null;
};

// Equity rows: group sizes partition all mentees, matched counts partition the matched.
// Both columns get complementary suppression, and each matched cell its own row check.
export function equityRows(rows: EquityInput[], threshold = THRESHOLD): EquityRowOut[] {
  const sizes = suppressPartition(
    rows.map((r) => r.mentees),
    threshold,
  );
  let matched = rows.map((r, i) => suppressPart(r.matched, sizes[i].count, threshold));
  // A matched cell hidden by its row would be the published total less the others.
  matched = hideComplement(
    matched,
    rows.map((r) => r.matched),
  );
  return rows.map((r, i) => ({
    group: r.group,
    mentees: sizes[i].display,
    matched: matched[i].display,
    matchRate: rate(matched[i], sizes[i]),
    menteeCount: sizes[i].count,
    matchedCount: matched[i].count,
  }));
}

// When exactly one cell of a partition is hidden, hide the smallest other non-zero one too.
export function hideComplement(cells: Cell[], counts: number[]): Cell[] {
  const hiddenAt = cells.map((c) => c.count === null);
  if (hiddenAt.filter(Boolean).length !== 1 || cells.length < 2) {
    return cells;
  }
  let pick = -1;
  counts.forEach((n, i) => {
    if (!hiddenAt[i] && n > 0 && (pick < 0 || n < counts[pick])) {
      pick = i;
    }
  });
  if (pick < 0) {
    // Every other cell is zero: a shown zero beside the published total would give the
    // hidden cell away (total − 0), so the zeros are hidden with it.
    return cells.map((c) => (c.count === 0 ? hidden() : c));
  }
  return cells.map((c, i) => (i === pick ? hidden() : c));
}
