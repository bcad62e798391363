import { ChangeIdeaStatusDocument, type ChangeIdeaStatusMutation } from '@/graphql/generated/graphql';
import { IDEA_QUERIES, REPUTATION_QUERIES } from '../queryGroups';
import { useMutation } from '../useMutation';

export type ChangedIdea = ChangeIdeaStatusMutation['changeIdeaStatus'];

/** Moves an idea to another status with an optional public note (product managers and admins). */
export function useChangeIdeaStatus() {
  // The status shows on the idea everywhere; reaching planned or done earns its author reputation.
  const mutation = useMutation(ChangeIdeaStatusDocument, {
    invalidates: [...IDEA_QUERIES, ...REPUTATION_QUERIES, 'BoardAnalytics'],
  });
  return {
    ...mutation,
    change: async (ideaId: string, statusKey: string, note: string) =>
      (await mutation.run({ input: { ideaId, statusKey, note: note.trim() } }))?.changeIdeaStatus,
  };
}
