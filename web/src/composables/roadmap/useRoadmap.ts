import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { execute } from '@/graphql/client';
import { RoadmapDocument } from '@/graphql/generated/graphql';
import { useQuery } from '../useQuery';
import { toApiError } from '@/graphql/errors';
import {
  appendPage,
  columnsFromQuery,
  moveIdea,
  refreshColumns,
  type RoadmapColumnState,
  type RoadmapIdea,
} from './roadmapColumns';

export const ROADMAP_PAGE_SIZE = 20;

/**
 * A board's roadmap: one column per roadmap status, each paged on its own. The API pages a
 * column through the whole roadmap query with that column's cursor (the cursor is a
 * (votes, id) bound, harmless to the other columns, whose results are ignored).
 */
export function useRoadmap(boardSlug: MaybeRefOrGetter<string>) {
  const query = useQuery(RoadmapDocument, () => ({ boardSlug: toValue(boardSlug), first: ROADMAP_PAGE_SIZE }));
  const columns = shallowRef<RoadmapColumnState[]>([]);
  let shownSlug: string | undefined;

  watch(
    query.data,
    (data) => {
      const slug = toValue(boardSlug);
      if (!data) columns.value = [];
      // The same board again (a refetch after a change): keep what was loaded beyond its first pages.
      else if (slug === shownSlug) columns.value = refreshColumns(columns.value, columnsFromQuery(data));
      else columns.value = columnsFromQuery(data);
      shownSlug = data ? slug : undefined;
    },
    { immediate: true },
  );

  function update(key: string, change: (column: RoadmapColumnState) => RoadmapColumnState): void {
    columns.value = columns.value.map((column) => (column.status.key === key ? change(column) : column));
  }

  /** Loads the column's next page; resolves with the index of its first new idea, or -1. */
  async function loadMore(key: string): Promise<number> {
    const column = columns.value.find((item) => item.status.key === key);
    if (!column?.hasNextPage || column.loadingMore) return -1;
    const before = column.ideas.length;
    update(key, (item) => ({ ...item, loadingMore: true, loadMoreError: undefined }));
    try {
      const result = await execute(RoadmapDocument, {
        boardSlug: toValue(boardSlug),
        first: ROADMAP_PAGE_SIZE,
        after: column.endCursor,
      });
      const page = result.roadmap.find((item) => item.status.key === key)?.ideas;
      if (!page) throw new Error(`Roadmap column ${key} is gone`);
      update(key, (item) => appendPage(item, page));
      const after = columns.value.find((item) => item.status.key === key)?.ideas.length ?? 0;
      return after > before ? before : -1;
    } catch (caught) {
      update(key, (item) => ({ ...item, loadingMore: false, loadMoreError: toApiError(caught) }));
      return -1;
    }
  }

  /** Shows an idea in its new column after a successful status change. */
  function placeIdea(idea: RoadmapIdea, toKey: string): void {
    columns.value = moveIdea(columns.value, idea, toKey);
  }

  return {
    ...query,
    columns,
    statuses: computed(() => columns.value.map((column) => column.status)),
    loadMore,
    placeIdea,
  };
}
