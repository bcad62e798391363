import { computed, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { TriageIdeasDocument } from '@/graphql/generated/graphql';
import { usePagedQuery } from '../usePagedQuery';

export const TRIAGE_STATUS = 'open';
export const TRIAGE_PAGE_SIZE = 20;

/** The queue's orders: who has waited longest, or the highest priority score first. */
export type TriageOrder = 'OLDEST' | 'SCORE';
export const triageOrderFrom = (query: unknown): TriageOrder => (query === 'score' ? 'SCORE' : 'OLDEST');

/**
 * The triage queue: ideas still `open`, oldest first (the API's `sort: OLDEST`) or by priority
 * score (`sort: SCORE`), a page at a time, with each idea's score. Ideas decided on here leave the queue at once, before the refresh that the status change
 * triggers (useChangeIdeaStatus invalidates the idea lists) brings the same list from the server.
 */
export function useTriage(boardSlug: MaybeRefOrGetter<string>, order: MaybeRefOrGetter<TriageOrder> = 'OLDEST') {
  const list = usePagedQuery(
    TriageIdeasDocument,
    () => ({ boardSlug: toValue(boardSlug), sort: toValue(order), status: TRIAGE_STATUS, first: TRIAGE_PAGE_SIZE }),
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
