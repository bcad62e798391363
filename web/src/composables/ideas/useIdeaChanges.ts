import { IDEA_QUERIES, MODERATION_QUERIES } from '@/composables/queryGroups';
import { useMutation } from '@/composables/useMutation';
import { DeleteIdeaDocument, UpdateIdeaDocument } from '@/graphql/generated/graphql';

/** Its author's (or staff's) own changes to an idea on its page: edit in place, delete. */
export function useIdeaChanges() {
  return {
    /** A new title or tags show in lists and similar-idea suggestions. */
    updateIdea: useMutation(UpdateIdeaDocument, { invalidates: [...IDEA_QUERIES, 'SimilarIdeas'] }),
    /** A deleted idea leaves every list, the queues and the board's figures. */
    deleteIdea: useMutation(DeleteIdeaDocument, {
      invalidates: [...IDEA_QUERIES, ...MODERATION_QUERIES, 'SimilarIdeas', 'BoardAnalytics'],
    }),
  };
}
