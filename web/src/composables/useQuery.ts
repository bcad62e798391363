import {
  computed,
  ref,
  shallowRef,
  toValue,
  watch,
  type ComputedRef,
  type MaybeRefOrGetter,
  type Ref,
  type ShallowRef,
} from 'vue';
import { cacheGeneration, fetchQuery, queryKey, readCache } from '@/graphql/cache';
import { ApiError } from '@/graphql/errors';
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

/** Normalises anything thrown by a request into an ApiError the UI can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'INTERNAL_SERVER_ERROR', reason: 'CLIENT', cause: error });
}

export interface QueryOptions {
  /**
   * Fetch again after every `invalidateQueries()` (any mutation), for a small query shown beside
   * others whose answer other actions change (a vote or a comment follows the idea).
   */
  refetchOnInvalidate?: boolean;
}

/**
 * Runs a query for reactive variables and keeps its result, loading and error state.
 * Re-runs when the variables change; answers from the cache first when it can.
 */
export function useQuery<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
  variables: MaybeRefOrGetter<TVars>,
  options: QueryOptions = {},
): QueryState<TResult> {
  const data = shallowRef<TResult>();
  const error = shallowRef<ApiError>();
  const fetching = ref(false);
  let latest = 0;

  async function run(force: boolean): Promise<void> {
    const vars = toValue(variables);
    const key = queryKey(document, vars);
    const cached = readCache<TResult>(key);
    data.value = cached?.value;
    error.value = undefined;
    if (cached?.fresh && !force) return;

    const id = ++latest;
    fetching.value = true;
    try {
      const result = await fetchQuery(document, vars, key);
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
  if (options.refetchOnInvalidate) watch(cacheGeneration, () => void run(true));

  return {
    data,
    error,
    fetching,
    loading: computed(() => data.value === undefined && error.value === undefined),
    refetch: () => run(true),
  };
}
