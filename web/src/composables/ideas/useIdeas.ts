import { toValue, type MaybeRefOrGetter } from 'vue';
import { BoardIdeasDocument, type IdeaSort, type IdeaSummaryFragment } from '@/graphql/generated/graphql';
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
    () => {
      const { status, tag, search } = toValue(filters);
      // Unset filters are left out, so the unfiltered list keeps its cache key.
      return {
        boardSlug: toValue(boardSlug),
        sort: toValue(sort),
        first: IDEAS_PAGE_SIZE,
        ...(status ? { status } : {}),
        ...(tag ? { tag } : {}),
        ...(search ? { search } : {}),
      };
    },
    (result) => result.ideas,
  );
}
