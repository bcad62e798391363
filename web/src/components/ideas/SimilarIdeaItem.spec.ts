import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimilarIdea } from '@/composables/ideas/useSimilarIdeas';
import { useSession } from '@/stores/session';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import SimilarIdeaItem from './SimilarIdeaItem.vue';

const member = {
  id: 'u1',
  displayName: 'Maya Patel',
  email: 'maya@example.com',
  emailVerified: true,
  role: 'MEMBER' as const,
};
const idea: SimilarIdea = {
  id: 'idea-7',
  title: 'Dark mode for the editor',
  voteCount: 3,
  viewerHasVoted: false,
  status: { key: 'open', name: 'Open', color: '#64748b', acceptsVotes: true },
};

async function mountItem(answer: () => Response | Promise<Response>, start: SimilarIdea = idea) {
  mockGraphQL(answer);
  const router = await testRouter('/b/feedback/new');
  const push = vi.spyOn(router, 'push').mockResolvedValue(undefined);
  const pinia = createPinia();
  setActivePinia(pinia);
  useSession().$patch({ viewer: member, loaded: true });
  const wrapper = mount(SimilarIdeaItem, { props: { idea: start }, global: { plugins: [router, pinia] } });
  return { wrapper, push, button: () => wrapper.get('button') };
}

describe('SimilarIdeaItem', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('votes for the suggestion (counted at once) and opens it', async () => {
    let release: () => void = () => undefined;
    const { wrapper, push, button } = await mountItem(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return jsonResponse({ data: { castVote: { id: 'idea-7', voteCount: 4, viewerHasVoted: true } } });
    });
    expect(button().attributes('aria-label')).toBe('Vote for “Dark mode for the editor” instead');

    await button().trigger('click');
    expect(wrapper.text()).toContain('4 votes');
    expect(button().attributes('aria-disabled')).toBe('true');
    release();
    await flushPromises();

    expect(push).toHaveBeenCalledWith('/ideas/idea-7');
    expect(wrapper.emitted('start')).toHaveLength(1);
    expect(wrapper.emitted('end')).toEqual([['']]);
  });

  it('only opens an idea already voted for', async () => {
    const { push, button } = await mountItem(() => jsonResponse({ data: {} }), { ...idea, viewerHasVoted: true });
    expect(button().text()).toBe('Voted · open it');
    await button().trigger('click');
    await flushPromises();
    expect(push).toHaveBeenCalledWith('/ideas/idea-7');
    expect(globalThis.fetch).not.toHaveBeenCalled();
  });

  it('stays, rolled back, and hands the list the reason when the vote is refused', async () => {
    const { wrapper, push, button } = await mountItem(() =>
      jsonResponse({ errors: [{ message: 'x', extensions: { code: 'CONFLICT', reason: 'VOTING_CLOSED' } }] }),
    );
    await button().trigger('click');
    await flushPromises();

    expect(push).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('3 votes');
    expect(wrapper.emitted('end')).toEqual([['Your vote wasn’t saved. Voting is closed for this idea.']]);
  });
});
