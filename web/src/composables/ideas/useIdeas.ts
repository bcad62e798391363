import { toValue, type MaybeRefOrGetter } from 'vue';
import {
  BoardIdeasDocument,
  type BoardIdeasQueryVariables,
  type IdeaSort,
  type IdeaSummaryFragment,
} from '@/graphql/generated/graphql';
import { usePagedQuery } from '../usePagedQuery';
import { NO_FILTERS, type IdeaFilters } from './ideaFilters';

export type IdeaSummary = IdeaSummaryFragment;

export const IDEAS_PAGE_SIZE = 20;

/** A board's ideas in the given order, optionally filtered, a page at a time. */
export function useIdeas(
  boardSlug: MaybeRefOrGetter<string>,
  sort: MaybeRefOrGetter<IdeaSort>,
  filters: MaybeRefOrGetter<IdeaFilters> = NO_FILTERS,
) {
  return usePagedQuery(
    BoardIdeasDocument,
    () => boardIdeasVariables(toValue(boardSlug), toValue(sort), toValue(filters)),
    (result) => result.ideas,
  );
}

/** The first page's variables; the entry's prefetch uses them too, so both share one request. */
export function boardIdeasVariables(
  boardSlug: string,
  sort: IdeaSort,
  filters: IdeaFilters,
): Omit<BoardIdeasQueryVariables, 'after'> {
  const { status, tag, search } = filters;
  // Unset filters are left out, so the unfiltered list keeps its cache key.
  return {
    boardSlug,
    sort,
    first: IDEAS_PAGE_SIZE,
    ...(status ? { status } : {}),
    ...(tag ? { tag } : {}),
    ...(search ? { search } : {}),
  };
}
