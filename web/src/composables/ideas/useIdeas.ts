import { toValue, type MaybeRefOrGetter } from 'vue';
import { BoardIdeasDocument, type IdeaSort, type IdeaSummaryFragment } from '@/graphql/generated/graphql';
import { usePagedQuery } from '../usePagedQuery';

export type IdeaSummary = IdeaSummaryFragment;

export const IDEAS_PAGE_SIZE = 20;

/** A board's ideas in the given order, a page at a time. */
export function useIdeas(boardSlug: MaybeRefOrGetter<string>, sort: MaybeRefOrGetter<IdeaSort>) {
  return usePagedQuery(
    BoardIdeasDocument,
    () => ({ boardSlug: toValue(boardSlug), sort: toValue(sort), first: IDEAS_PAGE_SIZE }),
    (result) => result.ideas,
  );
}
