import { computed } from 'vue';
import { MarkHelpfulAnswerDocument, UnmarkHelpfulAnswerDocument } from '@/graphql/generated/graphql';
import { REPUTATION_QUERIES } from '../queryGroups';
import { useMutation } from '../useMutation';

/** The mark shows in the thread and on the commenter's profile, and earns them reputation. */
const HELPFUL_INVALIDATES = ['IdeaComments', 'UserAnswers', ...REPUTATION_QUERIES] as const;

/** Marks a comment as a helpful answer or takes the mark back; `error` holds a refusal in plain words. */
export function useHelpfulAnswer() {
  const mark = useMutation(MarkHelpfulAnswerDocument, { invalidates: HELPFUL_INVALIDATES });
  const unmark = useMutation(UnmarkHelpfulAnswerDocument, { invalidates: HELPFUL_INVALIDATES });

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
