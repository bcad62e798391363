import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { BoardDocument, BoardsDocument, type BoardSummaryFragment } from '@/graphql/generated/graphql';
import { useQuery } from '../useQuery';

export type BoardSummary = BoardSummaryFragment;

/** Boards the viewer can see. */
export function useBoards() {
  const query = useQuery(BoardsDocument, {});
  return { ...query, boards: computed(() => query.data.value?.boards ?? []) };
}

/** One board by slug; `board` is null once loaded when it does not exist (or is hidden). */
export function useBoard(slug: MaybeRefOrGetter<string>) {
  const query = useQuery(BoardDocument, () => ({ slug: toValue(slug) }));
  return { ...query, board: computed(() => query.data.value?.board) };
}
