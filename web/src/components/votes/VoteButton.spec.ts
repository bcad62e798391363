import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '@/stores/session';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import VoteButton from './VoteButton.vue';

const member = { id: 'u1', displayName: 'Maya Patel', email: 'maya@example.com', role: 'MEMBER' as const };

async function mountButton(props: { count: number; voted: boolean; acceptsVotes?: boolean }, signedIn = true) {
  const router = await testRouter('/b/feedback');
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSession();
  if (signedIn) session.$patch({ viewer: member, loaded: true });
  const wrapper = mount(VoteButton, { props: { ideaId: 'idea-7', ...props }, global: { plugins: [router, pinia] } });
  return { wrapper, router, button: () => wrapper.get('[data-testid="vote-button"]') };
}

/** A response the test releases when it wants, to look at the optimistic state in between. */
function deferred() {
  let resolve!: (response: Response) => void;
  const promise = new Promise<Response>((done) => (resolve = done));
  return { promise, resolve };
}

describe('VoteButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('counts the vote at once, then keeps what the server says', async () => {
    const reply = deferred();
    const fetchMock = mockGraphQL((operation) => {
      expect(operation.operationName).toBe('CastVote');
      expect(operation.variables).toEqual({ ideaId: 'idea-7' });
      return reply.promise;
    });
    const { wrapper, button } = await mountButton({ count: 25, voted: false });
    expect(button().attributes('aria-pressed')).toBe('false');
    expect(button().text()).toBe('Upvote, 25 votes');
    expect(button().attributes('aria-label')).toBeUndefined();

    await button().trigger('click');

    // Optimistic: pressed and counted before the answer.
    expect(button().attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('[data-testid="vote-count"]').text()).toBe('26');
    expect(button().text()).toBe('Upvote, 26 votes');

    reply.resolve(jsonResponse({ data: { castVote: { id: 'idea-7', voteCount: 30, viewerHasVoted: true } } }));
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(wrapper.get('[data-testid="vote-count"]').text()).toBe('30');
    expect(wrapper.emitted('changed')).toEqual([[{ voteCount: 30, viewerHasVoted: true }]]);
  });

  it('rolls back and says so in plain words when the vote fails', async () => {
    mockGraphQL(() =>
      jsonResponse({
        errors: [{ message: 'closed', extensions: { code: 'CONFLICT', reason: 'VOTING_CLOSED' } }],
      }),
    );
    const { wrapper, button } = await mountButton({ count: 25, voted: false });

    await button().trigger('click');
    await flushPromises();

    expect(button().attributes('aria-pressed')).toBe('false');
    expect(wrapper.get('[data-testid="vote-count"]').text()).toBe('25');
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Your vote wasn’t saved. Voting is closed for this idea.');
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('retracts a vote and rolls the retraction back on a network error', async () => {
    mockGraphQL((operation) => {
      expect(operation.operationName).toBe('RetractVote');
      throw new TypeError('offline');
    });
    const { wrapper, button } = await mountButton({ count: 4, voted: true });
    expect(button().attributes('title')).toBe('Remove your vote');

    await button().trigger('click');
    await flushPromises();

    expect(button().attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('[data-testid="vote-count"]').text()).toBe('4');
    expect(wrapper.get('[role="alert"]').text()).toContain('couldn’t reach Chorus');
  });

  it('sends visitors to sign in with the vote as the pending action', async () => {
    const fetchMock = mockGraphQL(() => jsonResponse({ data: {} }));
    const { button, router } = await mountButton({ count: 4, voted: false }, false);
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined);

    await button().trigger('click');

    expect(push).toHaveBeenCalledWith({ name: 'sign-in', query: { next: '/ideas/idea-7', intent: 'vote' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains, and sends nothing, when the idea no longer takes votes', async () => {
    const fetchMock = mockGraphQL(() => jsonResponse({ data: {} }));
    const { wrapper, button } = await mountButton({ count: 9, voted: false, acceptsVotes: false });

    await button().trigger('click');

    expect(button().attributes('aria-disabled')).toBe('true');
    const note = wrapper.get('.vote__closed');
    expect(note.text()).toBe('Voting closed');
    expect(button().attributes('aria-describedby')).toBe(note.attributes('id'));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
