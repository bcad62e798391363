import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  IdeaVotesOnBehalfDocument,
  RecordVoteOnBehalfDocument,
  type VoteImportance,
  type VoteSource,
} from '@/graphql/generated/graphql';
import { IDEA_QUERIES } from '../queryGroups';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

export const SOURCE_LABELS: Record<VoteSource, string> = {
  CALL: 'Call',
  EMAIL: 'E-mail',
  CHAT: 'Chat',
  OTHER: 'Other',
};
export const IMPORTANCE_LABELS: Record<VoteImportance, string> = {
  NICE_TO_HAVE: 'Nice to have',
  IMPORTANT: 'Important',
  MUST_HAVE: 'Must have',
};

/** Votes staff recorded for customers on an idea (null from the API for anyone else), and the record mutation. */
export function useVotesOnBehalf(ideaId: MaybeRefOrGetter<string>) {
  const query = useQuery(IdeaVotesOnBehalfDocument, () => ({ id: toValue(ideaId) }));
  // A recorded vote changes the idea's count everywhere it shows.
  const record = useMutation(RecordVoteOnBehalfDocument, { invalidates: ['IdeaVotesOnBehalf', ...IDEA_QUERIES] });
  return { ...query, votes: computed(() => query.data.value?.idea?.votesOnBehalf ?? undefined), record };
}
