// What one benchmark cell measured, whoever generated the load.
export type CellFigures = {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  // Share of the machine's CPU (100 = one core busy) each side used during the cell.
  cpu?: Record<string, number>;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export function latencySummary(latenciesMs: number[]): { p50Ms: number; p99Ms: number } {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    p50Ms: round(percentile(Array.from(sorted), 50), 2),
    p99Ms: round(percentile(Array.from(sorted), 99), 2),
  };
}

export const round = (x: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0
    ? null
    : round(a / b, 3);
