import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { BoardStatusesDocument } from '@/graphql/generated/graphql';
import { useQuery } from '../useQuery';

/** A board with its statuses in position order; `board` is null once loaded when it does not exist. */
export function useBoardStatuses(slug: MaybeRefOrGetter<string>) {
  const query = useQuery(BoardStatusesDocument, () => ({ slug: toValue(slug) }));
  return {
    ...query,
    board: computed(() => query.data.value?.board),
    statuses: computed(() =>
      [...(query.data.value?.board?.statuses ?? [])].sort(
        (a, b) => a.position - b.position || (a.key < b.key ? -1 : 1),
      ),
    ),
  };
}
