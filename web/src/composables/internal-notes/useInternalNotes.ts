import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { AddInternalNoteDocument, IdeaInternalNotesDocument } from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

/** An idea's staff-only notes (null from the API for anyone else) and the add-note mutation. */
export function useInternalNotes(ideaId: MaybeRefOrGetter<string>) {
  const query = useQuery(IdeaInternalNotesDocument, () => ({ id: toValue(ideaId) }));
  const add = useMutation(AddInternalNoteDocument, { invalidates: ['IdeaInternalNotes'] });
  return {
    ...query,
    notes: computed(() => query.data.value?.idea?.internalNotes ?? undefined),
    add,
  };
}
