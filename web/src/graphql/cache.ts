import { ref } from 'vue';
import { execute } from './client';
import type { TypedDocumentString } from './generated/graphql';

/**
 * A small stale-while-revalidate memory for query results, so that going back to a page
 * renders at once (and the browser can restore the scroll position) while fresh data loads.
 * Not a normalised store: mutations that change data call `invalidateQueries()`.
 */
const MAX_ENTRIES = 50;
export const FRESH_FOR_MS = 30_000;

interface Entry {
  value: unknown;
  storedAt: number;
}

const entries = new Map<string, Entry>();
const inFlight = new Map<string, Promise<unknown>>();
/** Answers the server embedded in the page, each handed out once instead of a request, and only early on. */
const seeded = new Map<string, { value: unknown; until: number }>();
const SEED_FOR_MS = 5_000;

export interface Cached<T> {
  value: T;
  fresh: boolean;
}

export function queryKey<TResult, TVars>(document: TypedDocumentString<TResult, TVars>, variables: unknown): string {
  return `${document.toString()}\n${stableStringify(variables)}`;
}

/**
 * Reads an entry. The caller's type parameter must match what was written under the key;
 * keys embed the typed document, so a given key always holds that document's result shape.
 */
export function readCache<T>(key: string, now = Date.now()): Cached<T> | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  seeded.delete(key); // its reader has it: a fetch after this one goes to the network
  return { value: entry.value as T, fresh: now - entry.storedAt < FRESH_FOR_MS };
}

export function writeCache<T>(key: string, value: T, now = Date.now()): void {
  entries.delete(key);
  entries.set(key, { value, storedAt: now });
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}

/** Counts `invalidateQueries()` calls (useQuery's `refetchOnInvalidate` watches it). */
export const cacheGeneration = ref(0);

/** Forget every cached result (after a mutation, sign-in or sign-out). */
export function invalidateQueries(): void {
  entries.clear();
  seeded.clear();
  cacheGeneration.value += 1;
}

/** Runs a query once per key at a time: concurrent callers share the request, and the result is cached. */
export function fetchQuery<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
  variables: TVars,
  key = queryKey(document, variables),
): Promise<TResult> {
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<TResult>;
  const seed = seeded.get(key);
  seeded.delete(key);
  // Only soon after load, unread, and still the cached answer (an invalidation or a newer write wins).
  if (seed && Date.now() < seed.until && entries.get(key)?.value === seed.value)
    return Promise.resolve(seed.value as TResult);
  const promise = execute(document, variables)
    .then((result) => {
      writeCache(key, result);
      return result;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

/**
 * Stores an answer obtained without a request (the server's embedded data): readers of the
 * cache see it; if none did, the first `fetchQuery()` for the key resolves with it instead of fetching.
 */
export function seedQuery(key: string, value: unknown): void {
  writeCache(key, value);
  seeded.set(key, { value, until: Date.now() + SEED_FOR_MS });
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` share a key. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
