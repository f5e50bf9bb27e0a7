import { suppressPartition, type Cell } from '../suppression';

export type LabelledCell = Cell & { label: string };

// Counts of a partition under fixed labels (a missing label counts 0), small cells hidden.
export function labelledCells(labels: readonly string[], labelOf: Iterable<[string, number]>) {
  const counts = new Map<string, number>();
  for (const [label, n] of labelOf) {
    counts.set(label, (counts.get(label) ?? 0) + n);
  }
  return suppressPartition(labels.map((l) => counts.get(l) ?? 0)).map((c, i): LabelledCell => ({
    ...c,
    label: labels[i],
  }));
}
