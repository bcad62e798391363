import { computed, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { BoardIdeasDocument } from '@/graphql/generated/graphql';
import { usePagedQuery } from '../usePagedQuery';

export const TRIAGE_STATUS = 'open';
export const TRIAGE_PAGE_SIZE = 20;

/**
 * The triage queue: ideas still `open`, oldest first (the API's `sort: OLDEST`), a page at a
 * time. Ideas decided on here leave the queue at once, before the refresh that the status change
 * triggers (useChangeIdeaStatus invalidates BoardIdeas) brings the same list from the server.
 */
export function useTriage(boardSlug: MaybeRefOrGetter<string>) {
  const list = usePagedQuery(
    BoardIdeasDocument,
    () => ({ boardSlug: toValue(boardSlug), sort: 'OLDEST' as const, status: TRIAGE_STATUS, first: TRIAGE_PAGE_SIZE }),
    (result) => result.ideas,
  );
  const removed = shallowRef<ReadonlySet<string>>(new Set());
  /** Loaded ideas that were decided on since (a reload no longer lists them). */
  const removedCount = computed(() => list.items.value.filter((idea) => removed.value.has(idea.id)).length);

  /** Takes an idea off the queue once its status changed. */
  function remove(id: string): void {
    removed.value = new Set([...removed.value, id]);
  }

  return {
    ...list,
    ideas: computed(() => list.items.value.filter((idea) => !removed.value.has(idea.id))),
    totalCount: computed(() => Math.max(0, list.totalCount.value - removedCount.value)),
    remove,
  };
}
