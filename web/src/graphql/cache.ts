import { execute, operationNameOf } from './client';
import type { TypedDocumentString } from './generated/graphql';
import type { QueryName } from './queryNames';

/**
 * A small stale-while-revalidate memory for query results, so that going back to a page
 * renders at once (and the browser can restore the scroll position) while fresh data loads.
 * Not a normalised store: each entry is tagged with its query's operation name (plus any
 * explicit keys), and a mutation names the tags whose answers it changes (`invalidateQueries`):
 * those entries turn stale, and the queries on screen that read them fetch again.
 */
const MAX_ENTRIES = 50;
export const FRESH_FOR_MS = 30_000;

/**
 * What a cache entry is tagged with: its query's operation name (checked against the generated
 * documents, see queryNames.ts), or an explicit key a query adds, written `scope:detail`.
 */
export type CacheKey = QueryName | `${string}:${string}`;

interface Entry {
  value: unknown;
  storedAt: number;
  tags: readonly string[];
  /** Invalidated since it was stored: shown while a fresh answer loads, never trusted as fresh. */
  stale: boolean;
}

interface Request {
  promise: Promise<unknown>;
  tags: readonly string[];
}

const entries = new Map<string, Entry>();
const inFlight = new Map<string, Request>();
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

/** The tags of a query's cache entries: its operation name, then any explicit keys. */
export function queryTags(document: { toString(): string }, keys: readonly CacheKey[] = []): readonly string[] {
  const name = operationNameOf(document.toString());
  return name ? [name, ...keys] : keys;
}

/** A key starts with its document, so the operation named first is the query's own. */
const defaultTags = (key: string) => queryTags(key);

/**
 * Reads an entry. The caller's type parameter must match what was written under the key;
 * keys embed the typed document, so a given key always holds that document's result shape.
 */
export function readCache<T>(key: string, now = Date.now()): Cached<T> | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  seeded.delete(key); // its reader has it: a fetch after this one goes to the network
  return { value: entry.value as T, fresh: !entry.stale && now - entry.storedAt < FRESH_FOR_MS };
}

/** Stores an answer, tagged with the operation name its key starts with unless `tags` are given. */
export function writeCache<T>(
  key: string,
  value: T,
  tags: readonly string[] = defaultTags(key),
  now = Date.now(),
): void {
  entries.delete(key);
  entries.set(key, { value, storedAt: now, tags, stale: false });
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}

/** A query on screen: its tags, and how it fetches again (useQuery and usePagedQuery register). */
export interface ActiveQuery {
  tags: () => readonly string[];
  refetch: () => Promise<void>;
}

const active = new Set<ActiveQuery>();

/** Registers a query on screen until the returned function is called (when it unmounts). */
export function trackActiveQuery(query: ActiveQuery): () => void {
  active.add(query);
  return () => active.delete(query);
}

const matches = (tags: readonly string[], keys: ReadonlySet<string>) => tags.some((tag) => keys.has(tag));

/**
 * After a mutation: marks the entries tagged with any of `keys` stale (they stay, so going back
 * renders them at once and refreshes in the background), forgets requests for them already under
 * way (their answers may predate the change), and refetches the matching queries on screen.
 * Resolves when those refetches settled.
 */
export async function invalidateQueries(keys: readonly CacheKey[]): Promise<void> {
  if (keys.length === 0) return;
  const wanted = new Set<string>(keys);
  for (const [key, entry] of entries) {
    if (!matches(entry.tags, wanted)) continue;
    entry.stale = true;
    seeded.delete(key);
  }
  for (const [key, request] of inFlight) if (matches(request.tags, wanted)) inFlight.delete(key);
  await Promise.all([...active].filter((query) => matches(query.tags(), wanted)).map((query) => query.refetch()));
}

/** Forgets every cached result and request (tests start from it); queries on screen keep what they show. */
export function clearQueryCache(): void {
  entries.clear();
  inFlight.clear();
  seeded.clear();
}

/**
 * After sign-in or sign-out, when every answer may differ: forgets everything and refetches
 * every query on screen.
 */
export async function resetQueries(): Promise<void> {
  clearQueryCache();
  await Promise.all([...active].map((query) => query.refetch()));
}

/** Runs a query once per key at a time: concurrent callers share the request, and the result is cached. */
export function fetchQuery<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
  variables: TVars,
  key = queryKey(document, variables),
  tags: readonly string[] = defaultTags(key),
): Promise<TResult> {
  const pending = inFlight.get(key);
  if (pending) return pending.promise as Promise<TResult>;
  const seed = seeded.get(key);
  seeded.delete(key);
  // Only soon after load, unread, and still the cached answer (an invalidation or a newer write wins).
  if (seed && Date.now() < seed.until && entries.get(key)?.value === seed.value)
    return Promise.resolve(seed.value as TResult);
  const request: Request = {
    tags,
    promise: execute(document, variables)
      .then((result) => {
        // An invalidation while it ran dropped it: its answer may be older than the change.
        if (inFlight.get(key) === request) writeCache(key, result, tags);
        return result;
      })
      .finally(() => {
        if (inFlight.get(key) === request) inFlight.delete(key);
      }),
  };
  inFlight.set(key, request);
  return request.promise as Promise<TResult>;
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
