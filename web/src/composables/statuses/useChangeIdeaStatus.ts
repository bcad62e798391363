import { ChangeIdeaStatusDocument, type ChangeIdeaStatusMutation } from '@/graphql/generated/graphql';
import { useMutationState } from '../useMutationState';

export type ChangedIdea = ChangeIdeaStatusMutation['changeIdeaStatus'];

/** Moves an idea to another status with an optional public note (product managers and admins). */
export function useChangeIdeaStatus() {
  const mutation = useMutationState(ChangeIdeaStatusDocument);
  return {
    ...mutation,
    change: async (ideaId: string, statusKey: string, note: string) =>
      (await mutation.run({ input: { ideaId, statusKey, note: note.trim() } }))?.changeIdeaStatus,
  };
}
