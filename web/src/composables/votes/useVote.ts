import { computed, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { useRouter } from 'vue-router';
import { errorMessage } from '@/graphql/errors';
import {
  CastVoteDocument,
  RetractVoteDocument,
  type CastVoteMutation,
  type CastVoteMutationVariables,
  type RetractVoteMutation,
  type RetractVoteMutationVariables,
} from '@/graphql/generated/graphql';
import { useSession } from '@/stores/session';
import { signInLocation } from '@/utils/authRedirect';
import { IDEA_QUERIES, REPUTATION_QUERIES } from '../queryGroups';
import { useMutation, type Mutation } from '../useMutation';

type CastVote = Mutation<CastVoteMutation, CastVoteMutationVariables>;
type RetractVote = Mutation<RetractVoteMutation, RetractVoteMutationVariables>;

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
  // Made on the first vote: a board mounts twenty of these, and most are never pressed.
  let mutations: { cast: CastVote; retract: RetractVote } | undefined;
  const mutation = () =>
    (mutations ??= {
      cast: useMutation(CastVoteDocument, { invalidates: VOTE_INVALIDATES }),
      retract: useMutation(RetractVoteDocument, { invalidates: VOTE_INVALIDATES }),
    });

  const voted = ref(toValue(idea).viewerHasVoted);
  const count = ref(toValue(idea).voteCount);
  const error = ref('');
  const pending = ref(false);
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
    const { cast, retract } = mutation();
    voted.value = vote;
    count.value = Math.max(0, before.count + (vote ? 1 : -1));
    error.value = '';
    pending.value = true;
    const answer = vote ? (await cast.run(variables))?.castVote : (await retract.run(variables))?.retractVote;
    pending.value = false;
    if (!answer) {
      voted.value = before.voted;
      count.value = before.count;
      error.value = `Your vote wasn’t saved. ${errorMessage((vote ? cast : retract).error.value)}`;
      return undefined;
    }
    voted.value = answer.viewerHasVoted;
    count.value = answer.voteCount;
    return { voteCount: answer.voteCount, viewerHasVoted: answer.viewerHasVoted };
  }

  return {
    /** Pressed: the viewer's vote counts (optimistically while it is sent). */
    voted: voted as Readonly<Ref<boolean>>,
    count: count as Readonly<Ref<number>>,
    /** A vote or a retraction is on its way. */
    pending: pending as Readonly<Ref<boolean>>,
    /** The idea takes no votes: nothing is sent. */
    closed,
    /** Why the last vote wasn't saved, in plain words; empty otherwise. */
    error: error as Readonly<Ref<string>>,
    dismissError: () => (error.value = ''),
    toggle,
    cast,
  };
}
