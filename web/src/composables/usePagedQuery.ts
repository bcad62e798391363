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
import { fetchQuery, queryKey, readCache, writeCache, type Cached } from '@/graphql/cache';
import { execute } from '@/graphql/client';
import type { ApiError } from '@/graphql/errors';
import type { TypedDocumentString } from '@/graphql/generated/graphql';
import { toApiError } from './useQuery';

/** The Relay connection shape every list in the API uses. */
export interface Connection<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ cursor: string; node: TNode }>;
}

/** Variables of a paged operation: anything, plus the cursor this composable manages. */
export interface PageVariables {
  after?: string | null;
}

interface Pages<TNode> {
  items: readonly TNode[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PagedQueryState<TNode> {
  items: ComputedRef<readonly TNode[]>;
  totalCount: ComputedRef<number>;
  hasNextPage: ComputedRef<boolean>;
  /** No page yet for the current variables: show skeletons. */
  loading: ComputedRef<boolean>;
  /** A first page is loading while an older list still shows (e.g. after a sort change). */
  refreshing: Readonly<Ref<boolean>>;
  loadingMore: Readonly<Ref<boolean>>;
  /** The first page failed. */
  error: Readonly<ShallowRef<ApiError | undefined>>;
  /** The last "load more" failed; the items loaded so far stay. */
  loadMoreError: Readonly<ShallowRef<ApiError | undefined>>;
  /** Loads the next page; resolves with the index of its first item (or -1 when nothing came). */
  loadMore: () => Promise<number>;
  refetch: () => Promise<void>;
}

/**
 * A cursor-paged list (`first`/`after`) for reactive variables. Pages accumulate until the
 * variables change; the accumulated list is cached so going back shows everything at once.
 * While a new first page loads, the previous list stays visible (`refreshing`).
 */
export function usePagedQuery<TResult, TVars extends PageVariables, TNode>(
  document: TypedDocumentString<TResult, TVars>,
  variables: MaybeRefOrGetter<Omit<TVars, 'after'>>,
  select: (result: TResult) => Connection<TNode>,
): PagedQueryState<TNode> {
  const pages = shallowRef<Pages<TNode>>();
  const error = shallowRef<ApiError>();
  const loadMoreError = shallowRef<ApiError>();
  const refreshing = ref(false);
  const loadingMore = ref(false);
  let latest = 0;

  const withCursor = (after: string | null): TVars => pageVariables<TVars>(toValue(variables), after);
  const listKey = () => `${queryKey(document, toValue(variables))}\n#pages`;

  /**
   * The accumulated list cached for these variables or, failing that, a cached first page on its
   * own (the server's embedded answer, or prefetch.ts's): read synchronously, so a page that has
   * its data renders its list in its first render instead of skeletons replaced a moment later.
   */
  function cachedPages(key: string): Cached<Pages<TNode>> | undefined {
    const list = readCache<Pages<TNode>>(key);
    if (list) return list;
    const firstPage = readCache<TResult>(queryKey(document, withCursor(null)));
    return firstPage && { value: toPages([], select(firstPage.value)), fresh: firstPage.fresh };
  }

  async function loadFirst(force: boolean): Promise<void> {
    const key = listKey();
    const cached = cachedPages(key);
    if (cached) pages.value = cached.value;
    error.value = undefined;
    loadMoreError.value = undefined;
    if (cached?.fresh && !force) return;

    const id = ++latest;
    refreshing.value = pages.value !== undefined;
    loadingMore.value = false;
    try {
      const vars = withCursor(null);
      const connection = select(await fetchQuery(document, vars));
      if (id !== latest) return;
      pages.value = toPages([], connection);
      writeCache(key, pages.value);
    } catch (caught) {
      if (id !== latest) return;
      pages.value = undefined;
      error.value = toApiError(caught);
    } finally {
      if (id === latest) refreshing.value = false;
    }
  }

  async function loadMore(): Promise<number> {
    const current = pages.value;
    if (!current?.hasNextPage || loadingMore.value || refreshing.value) return -1;
    const id = latest;
    const key = listKey();
    loadingMore.value = true;
    loadMoreError.value = undefined;
    try {
      const connection = select(await execute(document, withCursor(current.endCursor)));
      if (id !== latest) return -1;
      pages.value = toPages(current.items, connection);
      writeCache(key, pages.value);
      return connection.edges.length > 0 ? current.items.length : -1;
    } catch (caught) {
      if (id === latest) loadMoreError.value = toApiError(caught);
      return -1;
    } finally {
      if (id === latest) loadingMore.value = false;
    }
  }

  watch(
    listKey,
    (_key, previousKey) => {
      // A different list: never show the old one's cursor state, but keep its items on screen.
      if (previousKey !== undefined) loadingMore.value = false;
      void loadFirst(false);
    },
    { immediate: true },
  );

  return {
    items: computed(() => pages.value?.items ?? []),
    totalCount: computed(() => pages.value?.totalCount ?? 0),
    hasNextPage: computed(() => pages.value?.hasNextPage ?? false),
    loading: computed(() => pages.value === undefined && error.value === undefined),
    refreshing,
    loadingMore,
    error,
    loadMoreError,
    loadMore,
    refetch: () => loadFirst(true),
  };
}

function toPages<TNode>(before: readonly TNode[], connection: Connection<TNode>): Pages<TNode> {
  return {
    items: [...before, ...connection.edges.map((edge) => edge.node)],
    totalCount: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor,
  };
}

/** A page's variables: the list's own plus the cursor (null for the first page, as the cache key). */
export function pageVariables<TVars extends PageVariables>(
  variables: Omit<TVars, 'after'>,
  after: string | null = null,
): TVars {
  return { ...variables, after } as TVars;
}
