import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useRouter } from 'vue-router';
import { errorMessage } from '@/graphql/errors';
import { CastVoteDocument, RetractVoteDocument } from '@/graphql/generated/graphql';
import { useSession } from '@/stores/session';
import { signInLocation } from '@/utils/authRedirect';
import { IDEA_QUERIES, REPUTATION_QUERIES } from '../queryGroups';
import { useMutation } from '../useMutation';

/** What a vote needs to know of an idea (the server's state). */
export interface VotableIdea {
  id: string;
  voteCount: number;
  viewerHasVoted: boolean;
}

/** The server's answer to a vote or a retraction. */
export interface VoteResult {
  voteCount: number;
  viewerHasVoted: boolean;
}

export interface VoteOptions {
  /** False when the idea takes no votes (its status is closed, or it was merged): nothing is sent. */
  acceptsVotes?: MaybeRefOrGetter<boolean>;
}

/** A vote changes the counts everywhere, follows the idea, earns its author reputation and counts in analytics. */
export const VOTE_INVALIDATES = [...IDEA_QUERIES, ...REPUTATION_QUERIES, 'IdeaFollowing', 'BoardAnalytics'] as const;

/**
 * One idea's vote: the pressed state and count shown (optimistic: changed at once, then what
 * the server says, or rolled back with `error` in plain words when refused), the CastVote and
 * RetractVote requests, and what they invalidate. Follows `idea` when it changes (a refetch)
 * unless a vote is on its way. Visitors are sent to sign in, with the vote as pending action.
 */
export function useVote(idea: MaybeRefOrGetter<VotableIdea>, options: VoteOptions = {}) {
  const session = useSession();
  const router = useRouter();
  const castVote = useMutation(CastVoteDocument, { invalidates: VOTE_INVALIDATES });
  const retractVote = useMutation(RetractVoteDocument, { invalidates: VOTE_INVALIDATES });

  const voted = ref(toValue(idea).viewerHasVoted);
  const count = ref(toValue(idea).voteCount);
  const error = ref('');
  const pending = computed(() => castVote.pending.value || retractVote.pending.value);
  const closed = computed(() => toValue(options.acceptsVotes) === false);

  watch(
    () => [toValue(idea).viewerHasVoted, toValue(idea).voteCount] as const,
    ([nextVoted, nextCount]) => {
      if (pending.value) return;
      voted.value = nextVoted;
      count.value = nextCount;
    },
  );

  /** Votes, or takes the vote back; resolves with the server's answer, undefined when nothing was saved. */
  async function toggle(): Promise<VoteResult | undefined> {
    if (closed.value || pending.value) return undefined;
    if (!session.signedIn) {
      await router.push(signInLocation(`/ideas/${toValue(idea).id}`, 'vote'));
      return undefined;
    }
    return send(!voted.value);
  }

  /** Votes unless already voted (a visitor's vote finished after signing in, "vote for this instead"). */
  async function cast(): Promise<VoteResult | undefined> {
    if (closed.value || pending.value || voted.value) return undefined;
    return send(true);
  }

  async function send(vote: boolean): Promise<VoteResult | undefined> {
    const before = { voted: voted.value, count: count.value };
    const variables = { ideaId: toValue(idea).id };
    voted.value = vote;
    count.value = Math.max(0, before.count + (vote ? 1 : -1));
    error.value = '';
    const answer = vote ? (await castVote.run(variables))?.castVote : (await retractVote.run(variables))?.retractVote;
    if (!answer) {
      voted.value = before.voted;
      count.value = before.count;
      error.value = `Your vote wasn’t saved. ${errorMessage((vote ? castVote : retractVote).error.value)}`;
      return undefined;
    }
    voted.value = answer.viewerHasVoted;
    count.value = answer.voteCount;
    return { voteCount: answer.voteCount, viewerHasVoted: answer.viewerHasVoted };
  }

  return {
    /** Pressed: the viewer's vote counts (optimistically while it is sent). */
    voted: computed(() => voted.value),
    count: computed(() => count.value),
    pending,
    closed,
    /** Why the last vote wasn't saved, in plain words; empty otherwise. */
    error: computed(() => error.value),
    dismissError: () => (error.value = ''),
    toggle,
    cast,
  };
}
