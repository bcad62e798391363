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
import { fetchQuery, queryKey, queryTags, readCache, writeCache, type CacheKey, type Cached } from '@/graphql/cache';
import { execute } from '@/graphql/client';
import { toApiError, type ApiError } from '@/graphql/errors';
import type { TypedDocumentString } from '@/graphql/generated/graphql';
import { refetchWhenInvalidated } from './useQuery';

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
  /** How many pages the items came in: a refresh fetches as many. */
  pageCount: number;
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

export interface PagedQueryOptions {
  /** Keys the list is tagged with besides the query's operation name (see useQuery). */
  keys?: readonly CacheKey[];
}

/**
 * A cursor-paged list (`first`/`after`) for reactive variables. Pages accumulate until the
 * variables change; the accumulated list is cached so going back shows everything at once.
 * While a new first page loads, the previous list stays visible (`refreshing`). A list shown
 * from a stale cache (going back after a change), or on screen when a mutation invalidates its
 * operation name, refreshes in the background: as many pages as it shows, swapped in at once,
 * so the reader keeps their place.
 */
export function usePagedQuery<TResult, TVars extends PageVariables, TNode>(
  document: TypedDocumentString<TResult, TVars>,
  variables: MaybeRefOrGetter<Omit<TVars, 'after'>>,
  select: (result: TResult) => Connection<TNode>,
  options: PagedQueryOptions = {},
): PagedQueryState<TNode> {
  const pages = shallowRef<Pages<TNode>>();
  const error = shallowRef<ApiError>();
  const loadMoreError = shallowRef<ApiError>();
  const refreshing = ref(false);
  const loadingMore = ref(false);
  const tags = queryTags(document, options.keys);
  let latest = 0;
  let shownKey: string | undefined;
  /** The first-page load under way, which "load more" waits for (it may replace the list). */
  let loadingFirst: Promise<void> | undefined;

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
    return firstPage && { value: toPages(undefined, select(firstPage.value)), fresh: firstPage.fresh };
  }

  /** The first page, then as many more as `count` pages (the list being refreshed had that many). */
  async function fetchPages(count: number): Promise<Pages<TNode>> {
    let loaded = toPages(undefined, select(await fetchQuery(document, withCursor(null), undefined, tags)));
    while (loaded.pageCount < count && loaded.hasNextPage)
      loaded = toPages(loaded, select(await execute(document, withCursor(loaded.endCursor))));
    return loaded;
  }

  /** `background`: the list shown is this one (cached), so no `refreshing` state while it updates. */
  function loadFirst(force: boolean, background: boolean): Promise<void> {
    const key = listKey();
    const sameList = key === shownKey;
    const cached = cachedPages(key);
    if (cached) pages.value = cached.value;
    else if (!sameList) background = false; // another list shows until this one comes
    // A refresh brings as many pages as the list had, so the reader keeps their place.
    const count = cached?.value.pageCount ?? (sameList ? (pages.value?.pageCount ?? 1) : 1);
    shownKey = key;
    error.value = undefined;
    loadMoreError.value = undefined;
    if (cached?.fresh && !force) return Promise.resolve();

    const id = ++latest;
    refreshing.value = !background && pages.value !== undefined;
    loadingMore.value = false;
    const load = (async () => {
      try {
        const loaded = await fetchPages(count);
        if (id !== latest) return;
        pages.value = loaded;
        writeCache(key, loaded, tags);
      } catch (caught) {
        if (id !== latest) return;
        // A background refresh that fails keeps the list on screen; anything else shows the error.
        if (background && pages.value) return;
        pages.value = undefined;
        error.value = toApiError(caught);
      } finally {
        if (id === latest) {
          refreshing.value = false;
          loadingFirst = undefined;
        }
      }
    })();
    loadingFirst = load;
    return load;
  }

  async function loadMore(): Promise<number> {
    if (!pages.value?.hasNextPage || loadingMore.value || refreshing.value) return -1;
    const key = listKey();
    loadingMore.value = true;
    loadMoreError.value = undefined;
    // A background refresh under way replaces the list: continue from the one it brings.
    while (loadingFirst) await loadingFirst;
    if (key !== listKey()) return -1; // another list now (its own state was reset)
    const current = pages.value;
    const id = latest;
    if (!current?.hasNextPage) {
      loadingMore.value = false;
      return -1;
    }
    try {
      const connection = select(await execute(document, withCursor(current.endCursor)));
      if (id !== latest) return -1;
      pages.value = toPages(current, connection);
      writeCache(key, pages.value, tags);
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
      // Opening the page with this list cached (e.g. going back): it shows, and updates quietly.
      void loadFirst(false, previousKey === undefined);
    },
    { immediate: true },
  );
  refetchWhenInvalidated(tags, () => loadFirst(true, true));

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
    refetch: () => loadFirst(true, false),
  };
}

/** `connection` as the next page after `before` (or as the first page). */
function toPages<TNode>(before: Pages<TNode> | undefined, connection: Connection<TNode>): Pages<TNode> {
  return {
    items: [...(before?.items ?? []), ...connection.edges.map((edge) => edge.node)],
    pageCount: (before?.pageCount ?? 0) + 1,
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
