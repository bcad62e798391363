import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { execute, isAbort } from '@/graphql/client';
import type { ApiError } from '@/graphql/errors';
import { TriageIdeasDocument, type IdeaSummaryFragment, type TriageIdeasQuery } from '@/graphql/generated/graphql';
import { toApiError } from '../useQuery';

export const TRIAGE_STATUS = 'open';
const PAGE = 100;
/** At most this many open ideas are read to find the oldest (5 requests). */
export const TRIAGE_SCAN_LIMIT = 500;

/** Oldest first: the API lists newest first only, so the newest-first pages are reversed. */
export function oldestFirst<T extends { createdAt: string }>(ideas: readonly T[]): T[] {
  return [...ideas].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/**
 * The triage queue: ideas still `open`, oldest first. The API has no ascending order, so
 * this pages through `sort: NEW` (100 at a time, up to TRIAGE_SCAN_LIMIT) and sorts here.
 * With more open ideas than that, the queue starts at the oldest of the newest 500
 * (`truncated` says so).
 */
export function useTriage(boardSlug: MaybeRefOrGetter<string>) {
  const ideas = shallowRef<IdeaSummaryFragment[]>();
  const totalCount = shallowRef(0);
  const error = shallowRef<ApiError>();
  let controller: AbortController | undefined;

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    error.value = undefined;
    ideas.value = undefined;
    const found: IdeaSummaryFragment[] = [];
    let after: string | null = null;
    try {
      for (;;) {
        const result: TriageIdeasQuery = await execute(
          TriageIdeasDocument,
          { boardSlug: toValue(boardSlug), status: TRIAGE_STATUS, first: PAGE, after },
          { signal: current.signal },
        );
        found.push(...result.ideas.edges.map((edge) => edge.node));
        totalCount.value = result.ideas.totalCount;
        after = result.ideas.pageInfo.endCursor;
        if (!result.ideas.pageInfo.hasNextPage || found.length >= TRIAGE_SCAN_LIMIT) break;
      }
      if (controller === current) ideas.value = oldestFirst(found);
    } catch (caught) {
      if (isAbort(caught) || controller !== current) return;
      error.value = toApiError(caught);
    }
  }

  watch(
    () => toValue(boardSlug),
    () => void load(),
    { immediate: true },
  );

  /** Takes an idea off the queue once its status changed. */
  function remove(id: string): void {
    if (!ideas.value) return;
    const before = ideas.value.length;
    ideas.value = ideas.value.filter((idea) => idea.id !== id);
    if (ideas.value.length < before) totalCount.value = Math.max(0, totalCount.value - 1);
  }

  return {
    ideas: computed(() => ideas.value ?? []),
    totalCount,
    loading: computed(() => ideas.value === undefined && error.value === undefined),
    truncated: computed(() => (ideas.value?.length ?? 0) < totalCount.value),
    error,
    refetch: load,
    remove,
  };
}
