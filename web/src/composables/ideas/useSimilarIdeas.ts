import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { execute, isAbort } from '@/graphql/client';
import { SimilarIdeasDocument, type SimilarIdeasQuery } from '@/graphql/generated/graphql';

export type SimilarIdea = SimilarIdeasQuery['similarIdeas'][number];

export const SIMILAR_DEBOUNCE_MS = 250;
export const SIMILAR_MIN_CHARS = 3;

/**
 * Existing ideas that look like what is being typed ("did you mean"), fetched a moment after
 * typing stops; an older answer never replaces a newer one.
 */
export function useSimilarIdeas(boardSlug: MaybeRefOrGetter<string | undefined>, text: MaybeRefOrGetter<string>) {
  const ideas = shallowRef<readonly SimilarIdea[]>([]);
  const searching = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  function cancel(): void {
    clearTimeout(timer);
    controller?.abort();
    controller = undefined;
  }

  watch(
    () => [toValue(boardSlug), toValue(text).trim()] as const,
    ([slug, query]) => {
      cancel();
      if (!slug || query.length < SIMILAR_MIN_CHARS) {
        ideas.value = [];
        searching.value = false;
        return;
      }
      searching.value = true;
      timer = setTimeout(async () => {
        const current = new AbortController();
        controller = current;
        try {
          const result = await execute(
            SimilarIdeasDocument,
            { boardSlug: slug, text: query, first: 5 },
            {
              signal: current.signal,
            },
          );
          if (controller === current) ideas.value = result.similarIdeas;
        } catch (caught) {
          // Suggestions are a help, not a requirement: on failure show none, quietly.
          if (!isAbort(caught) && controller === current) ideas.value = [];
        } finally {
          if (controller === current) searching.value = false;
        }
      }, SIMILAR_DEBOUNCE_MS);
    },
    { immediate: true },
  );

  onScopeDispose(cancel);

  return { ideas, searching };
}
