/** Returns one result per key, in key order, as DataLoader requires (null where no row matched). */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups rows by key, one (possibly empty) list per key in key order. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key)!);
}

/** One boolean per key, in key order: whether some row has that key. */
export function hasKey<K>(keys: readonly K[], found: readonly K[]): boolean[] {
  const set = new Set(found);
  return keys.map((key) => set.has(key));
}
