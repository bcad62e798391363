import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommentNode } from '@/composables/comments/useComments';
import type { Role } from '@/graphql/generated/graphql';
import { useAnnouncer } from '@/stores/announcer';
import { useSession } from '@/stores/session';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import CommentItem from './CommentItem.vue';
import HelpfulSummary from './HelpfulSummary.vue';

const answer: CommentNode = {
  id: 'c-1',
  body: 'Use the export button.',
  bodyHtml: '<p>Use the export button.</p>',
  official: false,
  helpful: false,
  deleted: false,
  hidden: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  editedAt: null,
  author: { id: 'bob', displayName: 'Bob Builder', role: 'MEMBER' },
};

async function mountItem(viewer: { id: string; role: Role }, comment: CommentNode = answer) {
  const router = await testRouter('/ideas/idea-1');
  const pinia = createPinia();
  setActivePinia(pinia);
  useSession().$patch({ viewer: { ...viewer, displayName: 'Viewer', email: null }, loaded: true });
  const wrapper = mount(CommentItem, {
    props: { comment, ideaId: 'idea-1', ideaAuthorId: 'alice' },
    global: { plugins: [router, pinia] },
  });
  return wrapper;
}

describe('helpful answers on comments', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets the idea’s author mark a comment, then asks the thread to refresh', async () => {
    const fetchMock = mockGraphQL((operation) => {
      expect(operation.operationName).toBe('MarkHelpfulAnswer');
      expect(operation.variables).toEqual({ commentId: 'c-1' });
      return jsonResponse({ data: { markHelpfulAnswer: { id: 'c-1', helpful: true } } });
    });
    const wrapper = await mountItem({ id: 'alice', role: 'MEMBER' });
    expect(wrapper.find('[data-testid="helpful-badge"]').exists()).toBe(false);
    await wrapper.get('[data-testid="helpful-toggle"]').trigger('click');
    await flushPromises();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(wrapper.emitted('changed')).toHaveLength(1);
    await vi.waitFor(() => expect(useAnnouncer().message).toBe('Marked Bob Builder’s comment as a helpful answer'));
  });

  it('shows the badge, the helpful styling and the unmark action on a helpful answer', async () => {
    const wrapper = await mountItem({ id: 'alice', role: 'MEMBER' }, { ...answer, helpful: true });
    expect(wrapper.get('[data-testid="helpful-badge"]').text()).toBe('Helpful answer');
    expect(wrapper.classes()).toContain('comment--helpful');
    expect(wrapper.classes()).not.toContain('comment--official');
    expect(wrapper.get('[data-testid="helpful-toggle"]').text()).toBe('Unmark helpful answer');
    expect(wrapper.attributes('id')).toBe('comment-c-1');
    expect(wrapper.get('a[data-testid="user-link"]').attributes('href')).toBe('/u/bob');
  });

  it('puts the API’s refusal in plain words', async () => {
    mockGraphQL(() =>
      jsonResponse({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'NOT_IDEA_AUTHOR' } }] }),
    );
    const wrapper = await mountItem({ id: 'mod', role: 'MODERATOR' });
    await wrapper.get('[data-testid="helpful-toggle"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Only the idea’s author or the product team can mark helpful answers.',
    );
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('offers nothing to other members, nor on official answers', async () => {
    expect((await mountItem({ id: 'carol', role: 'MEMBER' })).find('[data-testid="helpful-toggle"]').exists()).toBe(
      false,
    );
    const official = await mountItem({ id: 'alice', role: 'MEMBER' }, { ...answer, official: true });
    expect(official.find('[data-testid="helpful-toggle"]').exists()).toBe(false);
  });
});

describe('HelpfulSummary', () => {
  it('counts helpful answers and links to each', async () => {
    const router = await testRouter('/ideas/idea-1');
    const wrapper = mount(HelpfulSummary, {
      props: {
        comments: [answer, { ...answer, id: 'c-2', helpful: true, replies: [{ ...answer, id: 'c-3', helpful: true }] }],
      },
      global: { plugins: [router] },
    });
    expect(wrapper.get('strong').text()).toBe('2 helpful answers');
    expect(wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Read Bob Builder’s answer', '#comment-c-2'],
      ['Read Bob Builder’s answer', '#comment-c-3'],
    ]);
  });

  it('shows nothing without helpful answers', async () => {
    const router = await testRouter('/ideas/idea-1');
    const wrapper = mount(HelpfulSummary, { props: { comments: [answer] }, global: { plugins: [router] } });
    expect(wrapper.find('[data-testid="helpful-summary"]').exists()).toBe(false);
  });
});
