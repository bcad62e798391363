import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, reactive } from 'vue';
import { clearQueryCache, queryKey, readCache, writeCache } from '@/graphql/cache';
import { IdeaDetailDocument } from '@/graphql/generated/graphql';
import { useSession } from '@/stores/session';
import { jsonResponse, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import { useVote, type VotableIdea } from './useVote';

const member = { id: 'u1', displayName: 'Maya Patel', email: 'maya@example.com', role: 'MEMBER' as const };

/** Runs useVote in a mounted component (it needs the router and the session), on a reactive idea. */
async function setup(start: VotableIdea, options: { signedIn?: boolean; acceptsVotes?: boolean } = {}) {
  const router = await testRouter('/b/feedback');
  const pinia = createPinia();
  setActivePinia(pinia);
  if (options.signedIn ?? true) useSession().$patch({ viewer: member, loaded: true });
  const idea = reactive({ ...start });
  let vote!: ReturnType<typeof useVote>;
  const Host = defineComponent({
    setup() {
      vote = useVote(idea, { acceptsVotes: () => options.acceptsVotes ?? true });
      return () => h('div');
    },
  });
  const wrapper = mount(Host, { global: { plugins: [router, pinia] } });
  return { vote, idea, router, wrapper };
}

/** A response the test releases when it wants, to look at the optimistic state in between. */
function deferred() {
  let resolve!: (response: Response) => void;
  const promise = new Promise<Response>((done) => (resolve = done));
  return { promise, resolve };
}

describe('useVote', () => {
  beforeEach(() => clearQueryCache());
  afterEach(() => vi.unstubAllGlobals());

  it('counts the vote at once while the request runs, then keeps what the server says', async () => {
    const reply = deferred();
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return reply.promise;
    });
    const { vote } = await setup({ id: 'idea-7', voteCount: 25, viewerHasVoted: false });

    const result = vote.toggle();
    await flushPromises();

    expect(sent.map((operation) => [operation.operationName, operation.variables])).toEqual([
      ['CastVote', { ideaId: 'idea-7' }],
    ]);
    expect(vote.pending.value).toBe(true);
    expect(vote.voted.value).toBe(true);
    expect(vote.count.value).toBe(26);

    reply.resolve(jsonResponse({ data: { castVote: { id: 'idea-7', voteCount: 30, viewerHasVoted: true } } }));
    await expect(result).resolves.toEqual({ voteCount: 30, viewerHasVoted: true });
    expect(vote.pending.value).toBe(false);
    expect(vote.count.value).toBe(30);
    expect(vote.error.value).toBe('');
  });

  it('takes a vote back optimistically too', async () => {
    const reply = deferred();
    mockGraphQL((operation) => {
      expect(operation.operationName).toBe('RetractVote');
      return reply.promise;
    });
    const { vote } = await setup({ id: 'idea-7', voteCount: 4, viewerHasVoted: true });

    const result = vote.toggle();
    await flushPromises();
    expect(vote.voted.value).toBe(false);
    expect(vote.count.value).toBe(3);

    reply.resolve(jsonResponse({ data: { retractVote: { id: 'idea-7', voteCount: 3, viewerHasVoted: false } } }));
    await expect(result).resolves.toEqual({ voteCount: 3, viewerHasVoted: false });
  });

  it('rolls back with the reason in plain words when the vote is refused', async () => {
    const reply = deferred();
    mockGraphQL(() => reply.promise);
    const { vote } = await setup({ id: 'idea-7', voteCount: 25, viewerHasVoted: false });

    const result = vote.toggle();
    await flushPromises();
    expect(vote.count.value).toBe(26);

    reply.resolve(
      jsonResponse({ errors: [{ message: 'closed', extensions: { code: 'CONFLICT', reason: 'VOTING_CLOSED' } }] }),
    );
    await expect(result).resolves.toBeUndefined();
    expect(vote.voted.value).toBe(false);
    expect(vote.count.value).toBe(25);
    expect(vote.error.value).toBe('Your vote wasn’t saved. Voting is closed for this idea.');

    vote.dismissError();
    expect(vote.error.value).toBe('');
  });

  it('follows the idea when it changes, but not while a vote is on its way', async () => {
    const reply = deferred();
    mockGraphQL(() => reply.promise);
    const { vote, idea } = await setup({ id: 'idea-7', voteCount: 25, viewerHasVoted: false });

    idea.voteCount = 27; // a refetch brought other people's votes
    await flushPromises();
    expect(vote.count.value).toBe(27);

    void vote.toggle();
    await flushPromises();
    idea.voteCount = 40;
    await flushPromises();
    expect(vote.count.value).toBe(28);

    reply.resolve(jsonResponse({ data: { castVote: { id: 'idea-7', voteCount: 41, viewerHasVoted: true } } }));
    await flushPromises();
    expect(vote.count.value).toBe(41);
  });

  it('marks what a vote changes stale once it is saved', async () => {
    mockGraphQL(() => jsonResponse({ data: { castVote: { id: 'idea-7', voteCount: 26, viewerHasVoted: true } } }));
    const key = queryKey(IdeaDetailDocument, { id: 'idea-7' });
    writeCache(key, { idea: null });
    const { vote } = await setup({ id: 'idea-7', voteCount: 25, viewerHasVoted: false });

    await vote.toggle();

    expect(readCache(key)?.fresh).toBe(false);
  });

  it('casts only when not voted yet, and never on an idea that takes no votes', async () => {
    const fetchMock = mockGraphQL(() => jsonResponse({ data: {} }));
    const voted = await setup({ id: 'idea-7', voteCount: 4, viewerHasVoted: true });
    await expect(voted.vote.cast()).resolves.toBeUndefined();
    const closed = await setup({ id: 'idea-8', voteCount: 4, viewerHasVoted: false }, { acceptsVotes: false });
    expect(closed.vote.closed.value).toBe(true);
    await expect(closed.vote.toggle()).resolves.toBeUndefined();
    await expect(closed.vote.cast()).resolves.toBeUndefined();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends visitors to sign in with the vote as the pending action', async () => {
    const fetchMock = mockGraphQL(() => jsonResponse({ data: {} }));
    const { vote, router } = await setup({ id: 'idea-7', voteCount: 4, viewerHasVoted: false }, { signedIn: false });
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined);

    await expect(vote.toggle()).resolves.toBeUndefined();

    expect(push).toHaveBeenCalledWith({ name: 'sign-in', query: { next: '/ideas/idea-7', intent: 'vote' } });
    expect(vote.voted.value).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
