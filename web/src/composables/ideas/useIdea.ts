import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { IdeaDetailDocument } from '@/graphql/generated/graphql';
import { useQuery } from '../useQuery';

/** One idea; `idea` is null once loaded when it does not exist (or is hidden). */
export function useIdea(id: MaybeRefOrGetter<string>) {
  const query = useQuery(IdeaDetailDocument, () => ({ id: toValue(id) }));
  return { ...query, idea: computed(() => query.data.value?.idea) };
}
