import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearQueryCache, invalidateQueries } from '@/graphql/cache';
import { VOTE_INVALIDATES } from '@/composables/votes/useVote';
import { useSession } from '@/stores/session';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import FollowIdea from './FollowIdea.vue';

const member = {
  id: 'u1',
  displayName: 'Maya Patel',
  email: 'maya@example.com',
  emailVerified: true,
  role: 'MEMBER' as const,
};

async function mountFollow(signedIn: boolean, state: { following: boolean; refuse?: boolean }) {
  const sent: string[] = [];
  mockGraphQL((operation) => {
    const name = operation.operationName ?? '';
    sent.push(name);
    if (name === 'IdeaFollowing')
      return jsonResponse({
        data: { idea: { id: 'idea-7', viewerIsFollowing: state.following, followerCount: state.following ? 3 : 2 } },
      });
    if (state.refuse) return jsonResponse({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] });
    state.following = name === 'FollowIdea';
    const idea = { id: 'idea-7', viewerIsFollowing: state.following, followerCount: state.following ? 3 : 2 };
    return jsonResponse({ data: { [name === 'FollowIdea' ? 'followIdea' : 'unfollowIdea']: idea } });
  });
  clearQueryCache();
  const router = await testRouter('/ideas/idea-7');
  const pinia = createPinia();
  setActivePinia(pinia);
  if (signedIn) useSession().$patch({ viewer: member, loaded: true });
  const wrapper = mount(FollowIdea, { props: { ideaId: 'idea-7' }, global: { plugins: [router, pinia] } });
  await flushPromises();
  return { wrapper, router, sent, button: () => wrapper.get('[data-testid="follow-button"]') };
}

describe('FollowIdea', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('toggles Follow/Following with aria-pressed and the follower count', async () => {
    const { wrapper, button, sent } = await mountFollow(true, { following: false });
    expect(button().text()).toBe('Follow');
    expect(button().attributes('aria-pressed')).toBe('false');
    expect(wrapper.text()).toContain('2 followers');
    expect(wrapper.text()).toContain('Voting or commenting follows automatically');

    await button().trigger('click');
    expect(button().attributes('aria-pressed')).toBe('true'); // at once
    await flushPromises();
    expect(button().text()).toBe('Following');
    expect(wrapper.text()).toContain('3 followers');
    expect(sent).toEqual(['IdeaFollowing', 'FollowIdea', 'IdeaFollowing']);
  });

  it('shows a vote elsewhere (which follows automatically) without a reload', async () => {
    const state = { following: false };
    const { button } = await mountFollow(true, state);
    state.following = true; // the API followed the idea on a vote
    void invalidateQueries(VOTE_INVALIDATES); // what a vote does after it is saved (useVote)
    await flushPromises();
    expect(button().attributes('aria-pressed')).toBe('true');
  });

  it('undoes a refused follow with a message', async () => {
    const { wrapper, button } = await mountFollow(true, { following: false, refuse: true });
    await button().trigger('click');
    await flushPromises();
    expect(button().attributes('aria-pressed')).toBe('false');
    expect(wrapper.get('[role="alert"]').text()).toMatch(/^Following didn’t work\./);
  });

  it('sends visitors to sign in first', async () => {
    const { button, router, sent } = await mountFollow(false, { following: false });
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined);
    await button().trigger('click');
    await flushPromises();
    expect(push).toHaveBeenCalledWith({ name: 'sign-in', query: { next: '/ideas/idea-7' } });
    expect(sent).toEqual(['IdeaFollowing']);
  });
});
