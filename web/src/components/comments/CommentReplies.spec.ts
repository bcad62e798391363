import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommentNode } from '@/composables/comments/useComments';
import { clearQueryCache } from '@/graphql/cache';
import type { CommentFieldsFragment } from '@/graphql/generated/graphql';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import CommentItem from './CommentItem.vue';

const reply = (n: number): CommentFieldsFragment => ({
  id: `r-${n}`,
  body: `Reply ${n}`,
  bodyHtml: `<p>Reply ${n}</p>`,
  official: false,
  helpful: false,
  deleted: false,
  hidden: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  editedAt: null,
  author: { id: 'bob', displayName: 'Bob Builder', role: 'MEMBER' },
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => reply(from + i));

const busy: CommentNode = { ...reply(0), id: 'c-1', replies: range(1, 11), replyCount: 75 };

const page = (replies: CommentFieldsFragment[], hasNextPage: boolean) =>
  jsonResponse({
    data: {
      comment: {
        id: 'c-1',
        replyConnection: {
          totalCount: 75,
          pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-50' : null },
          edges: replies.map((node) => ({ cursor: `cursor-${node.id}`, node })),
        },
      },
    },
  });

async function mountItem(comment: CommentNode) {
  const router = await testRouter('/ideas/idea-1');
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(CommentItem, { props: { comment, ideaId: 'idea-1' }, global: { plugins: [router, pinia] } });
}

const shownReplies = (wrapper: Awaited<ReturnType<typeof mountItem>>) =>
  wrapper.findAll('[aria-label="Replies"] [data-testid="comment-body"]').map((body) => body.text());

describe('replies of a comment', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearQueryCache();
  });

  it('shows the first replies, then pages through the rest on request', async () => {
    const asked: unknown[] = [];
    mockGraphQL((operation) => {
      expect(operation.operationName).toBe('CommentReplies');
      asked.push(operation.variables);
      return (operation.variables as { after: string | null }).after
        ? page(range(51, 76), false)
        : page(range(1, 51), true);
    });
    const wrapper = await mountItem(busy);
    expect(shownReplies(wrapper)).toHaveLength(10);
    const more = () => wrapper.get('.comment__more-replies button');
    expect(more().text()).toBe('Show 65 more replies');

    await more().trigger('click');
    await flushPromises();
    expect(shownReplies(wrapper)).toHaveLength(50);
    expect(more().text()).toBe('Show 25 more replies');

    await more().trigger('click');
    await flushPromises();
    expect(shownReplies(wrapper)).toEqual(range(1, 76).map((r) => r.body));
    expect(wrapper.find('.comment__more-replies button').exists()).toBe(false);
    expect(asked).toEqual([
      { id: 'c-1', first: 50, after: null },
      { id: 'c-1', first: 50, after: 'cursor-50' },
    ]);
  });

  it('keeps the replies shown when loading more fails, and says why', async () => {
    mockGraphQL(() => jsonResponse({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    const wrapper = await mountItem(busy);
    await wrapper.get('.comment__more-replies button').trigger('click');
    await flushPromises();
    expect(shownReplies(wrapper)).toHaveLength(10);
    expect(wrapper.get('.comment__more-replies [role="alert"]').text()).not.toBe('');
  });

  it('offers nothing more when every reply came with the thread', async () => {
    const wrapper = await mountItem({ ...busy, replies: range(1, 3), replyCount: 2 });
    expect(shownReplies(wrapper)).toHaveLength(2);
    expect(wrapper.find('.comment__more-replies button').exists()).toBe(false);
  });
});
