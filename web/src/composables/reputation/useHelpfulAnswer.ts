import { computed } from 'vue';
import { MarkHelpfulAnswerDocument, UnmarkHelpfulAnswerDocument } from '@/graphql/generated/graphql';
import { useMutationState } from '../useMutationState';

/** Marks a comment as a helpful answer or takes the mark back; `error` holds a refusal in plain words. */
export function useHelpfulAnswer() {
  const mark = useMutationState(MarkHelpfulAnswerDocument);
  const unmark = useMutationState(UnmarkHelpfulAnswerDocument);

  /** Resolves true when the change was saved. */
  async function set(commentId: string, helpful: boolean): Promise<boolean> {
    mark.reset();
    unmark.reset();
    return (await (helpful ? mark : unmark).run({ commentId })) !== undefined;
  }

  return {
    set,
    pending: computed(() => mark.pending.value || unmark.pending.value),
    error: computed(() => mark.error.value ?? unmark.error.value),
  };
}
