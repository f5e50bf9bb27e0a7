import DataLoader from 'dataloader';
import type { GqlContext } from './gql-context';

// Where a request keeps its loaders: the GraphQL context, or a plain scope in middle-tier
// specs (which cannot load Nest).
export type LoaderScope = Pick<GqlContext, 'loaders'>;

export const newLoaderScope = (): LoaderScope => ({ loaders: new Map() });

// One DataLoader per request and per name, so nested fields batch into one query.
export function requestLoader<K, V>(
  ctx: LoaderScope,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(name, loader);
  }
  return loader;
}

// Orders rows by the keys asked for; a missing row is an Error for that key alone.
export function byKeys<K, V>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
  what: string,
): (V | Error)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? new Error(`${what} ${String(k)} not found`));
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) {
      list.push(row);
    } else {
      map.set(k, [row]);
    }
  }
  return keys.map((k) => map.get(k) ?? []);
}
