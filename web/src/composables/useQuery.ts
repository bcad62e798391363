import {
  computed,
  getCurrentScope,
  onScopeDispose,
  ref,
  shallowRef,
  toValue,
  watch,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
  type ShallowRef,
} from 'vue';
import { fetchQuery, queryKey, queryTags, readCache, trackActiveQuery, type CacheKey } from '@/graphql/cache';
import { toApiError, type ApiError } from '@/graphql/errors';
import type { TypedDocumentString } from '@/graphql/generated/graphql';

export interface QueryState<TResult> {
  /** Latest result for the current variables (possibly cached while a fresh one loads). */
  data: Readonly<ShallowRef<TResult | undefined>>;
  /** Set when the last request failed and there is nothing to show. */
  error: Readonly<ShallowRef<ApiError | undefined>>;
  /** True while there is no data yet for the current variables: show a skeleton. */
  loading: ComputedRef<boolean>;
  /** True while any request for the current variables runs (also when cached data shows). */
  fetching: Readonly<Ref<boolean>>;
  refetch: () => Promise<void>;
}

export interface QueryOptions {
  /**
   * Keys the answer is tagged with besides the query's operation name, for mutations that
   * invalidate a narrower set (`scope:detail`, e.g. `idea:42`).
   */
  keys?: readonly CacheKey[];
}

/**
 * While the calling component is mounted (its effect scope lives), a mutation that invalidates
 * one of `tags` calls `refetch`. Outside any scope nothing is registered (nothing would remove it).
 */
export function refetchWhenInvalidated(tags: readonly string[], refetch: () => Promise<void>): void {
  if (!getCurrentScope()) return;
  onScopeDispose(trackActiveQuery({ tags: () => tags, refetch }));
}

/**
 * Runs a query for reactive variables and keeps its result, loading and error state.
 * Re-runs when the variables change; answers from the cache first when it can (a stale answer
 * shows while the fresh one loads). Fetches again when a mutation invalidates its operation name
 * (or one of `options.keys`) while it is on screen.
 */
export function useQuery<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
  variables: MaybeRefOrGetter<TVars>,
  options: QueryOptions = {},
): QueryState<TResult> {
  const data = shallowRef<TResult>();
  const error = shallowRef<ApiError>();
  const fetching = ref(false);
  const tags = queryTags(document, options.keys);
  let latest = 0;
  let shownKey: string | undefined;

  async function run(force: boolean): Promise<void> {
    const vars = toValue(variables);
    const key = queryKey(document, vars);
    const cached = readCache<TResult>(key);
    // Other variables: their cached answer or nothing. The same: keep what shows until the new one comes.
    if (cached || key !== shownKey) data.value = cached?.value;
    shownKey = key;
    error.value = undefined;
    if (cached?.fresh && !force) return;

    const id = ++latest;
    fetching.value = true;
    try {
      const result = await fetchQuery(document, vars, key, tags);
      if (id === latest) data.value = result;
    } catch (caught) {
      if (id === latest && data.value === undefined) error.value = toApiError(caught);
    } finally {
      if (id === latest) fetching.value = false;
    }
  }

  watch(
    () => queryKey(document, toValue(variables)),
    () => void run(false),
    { immediate: true },
  );
  refetchWhenInvalidated(tags, () => run(true));

  return {
    data,
    error,
    fetching,
    loading: computed(() => data.value === undefined && error.value === undefined),
    refetch: () => run(true),
  };
}
