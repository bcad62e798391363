import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { effectScope, ref } from 'vue';
import { clearQueryCache, invalidateQueries, queryKey, seedQuery } from '@/graphql/cache';
import { BoardIdeasDocument, type IdeaSort } from '@/graphql/generated/graphql';
import { ideasPage, jsonResponse, makeIdea, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { boardIdeasVariables, useIdeas } from './ideas/useIdeas';
import { NO_FILTERS } from './ideas/ideaFilters';
import { pageVariables } from './usePagedQuery';

describe('usePagedQuery (through useIdeas)', () => {
  beforeEach(() => clearQueryCache());

  it('shows a first page already in the cache at once, without a request', () => {
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return jsonResponse(ideasPage([], 0, null, false));
    });
    const embedded = [makeIdea(), makeIdea()];
    const variables = pageVariables(boardIdeasVariables('feedback', 'TRENDING', NO_FILTERS));
    seedQuery(queryKey(BoardIdeasDocument, variables), ideasPage(embedded, 7, 'c2', true).data);

    const ideas = useIdeas('feedback', 'TRENDING');

    // Synchronously: the page's first render has its cards (no skeletons replaced a moment later).
    expect(ideas.loading.value).toBe(false);
    expect(ideas.items.value.map((idea) => idea.id)).toEqual(embedded.map((idea) => idea.id));
    expect(ideas.totalCount.value).toBe(7);
    expect(ideas.hasNextPage.value).toBe(true);
    expect(sent).toEqual([]);
  });

  it('loads more after the first page, then keeps the whole list for a return visit', async () => {
    const first = [makeIdea(), makeIdea()];
    const second = [makeIdea()];
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return jsonResponse(
        operation.variables.after === 'c2' ? ideasPage(second, 3, 'c3', false) : ideasPage(first, 3, 'c2', true),
      );
    });
    const ideas = useIdeas('feedback', 'NEW');
    expect(ideas.loading.value).toBe(true);
    await flushPromises();
    expect(ideas.items.value).toHaveLength(2);

    await expect(ideas.loadMore()).resolves.toBe(2);
    expect(ideas.items.value.map((idea) => idea.id)).toEqual([...first, ...second].map((idea) => idea.id));
    expect(ideas.hasNextPage.value).toBe(false);

    const again = useIdeas('feedback', 'NEW');
    expect(again.items.value).toHaveLength(3);
    await flushPromises();
    expect(sent).toHaveLength(2);
  });

  it('keeps the old list on screen while another order loads', async () => {
    let release: () => void = () => undefined;
    mockGraphQL(async (operation) => {
      if (operation.variables.sort === 'TOP') await new Promise<void>((resolve) => (release = resolve));
      return jsonResponse(ideasPage([makeIdea()], 1, null, false));
    });
    const sort = ref<IdeaSort>('NEW');
    const ideas = useIdeas('feedback', sort);
    await flushPromises();
    const before = ideas.items.value;

    sort.value = 'TOP';
    await flushPromises();
    expect(ideas.refreshing.value).toBe(true);
    expect(ideas.items.value).toBe(before);

    release();
    await flushPromises();
    expect(ideas.refreshing.value).toBe(false);
    expect(ideas.items.value).not.toBe(before);
  });

  it('shows a list whose cache went stale (going back after a vote) at once, and refreshes every page it had quietly', async () => {
    const first = [makeIdea(), makeIdea()];
    const second = [makeIdea()];
    const sent: SentOperation[] = [];
    let votes = 3;
    mockGraphQL((operation) => {
      sent.push(operation);
      const page = operation.variables.after === 'c2' ? second : first;
      const ideas = page.map((idea) => ({ ...idea, voteCount: votes }));
      return jsonResponse(
        operation.variables.after === 'c2' ? ideasPage(ideas, 3, 'c3', false) : ideasPage(ideas, 3, 'c2', true),
      );
    });
    const ideas = useIdeas('feedback', 'TOP');
    await flushPromises();
    await ideas.loadMore();
    expect(sent).toHaveLength(2);

    votes = 4;
    void invalidateQueries(['BoardIdeas']); // what a vote on the idea page does
    const scope = effectScope();
    const back = scope.run(() => useIdeas('feedback', 'TOP'))!;

    // Synchronously, from the stale cache: every card the reader had, no skeletons, no dimming.
    expect(back.loading.value).toBe(false);
    expect(back.items.value).toHaveLength(3);
    expect(back.refreshing.value).toBe(false);

    await flushPromises();
    expect(sent.map((operation) => operation.variables.after)).toEqual([null, 'c2', null, 'c2']);
    expect(back.items.value.map((idea) => idea.voteCount)).toEqual([4, 4, 4]);
    expect(back.hasNextPage.value).toBe(false);
    scope.stop();
  });

  it('refetches a list on screen that a mutation invalidates, keeping it shown meanwhile', async () => {
    const sent: SentOperation[] = [];
    let release: () => void = () => undefined;
    mockGraphQL(async (operation) => {
      sent.push(operation);
      if (sent.length > 1) await new Promise<void>((resolve) => (release = resolve));
      return jsonResponse(ideasPage([makeIdea()], 1, null, false));
    });
    const scope = effectScope();
    const ideas = scope.run(() => useIdeas('feedback', 'NEW'))!;
    await flushPromises();
    const before = ideas.items.value;

    void invalidateQueries(['IdeaDetail']);
    await flushPromises();
    expect(sent).toHaveLength(1);

    void invalidateQueries(['BoardIdeas']);
    await flushPromises();
    expect(sent).toHaveLength(2);
    expect(ideas.items.value).toBe(before);
    expect(ideas.refreshing.value).toBe(false);

    release();
    await flushPromises();
    expect(ideas.items.value).not.toBe(before);

    scope.stop();
    void invalidateQueries(['BoardIdeas']);
    await flushPromises();
    expect(sent).toHaveLength(2);
  });

  it('keeps the list on screen when its background refresh fails', async () => {
    let fail = false;
    mockGraphQL(() =>
      fail
        ? jsonResponse({ errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 500)
        : jsonResponse(ideasPage([makeIdea()], 1, null, false)),
    );
    const scope = effectScope();
    const ideas = scope.run(() => useIdeas('feedback', 'NEW'))!;
    await flushPromises();

    fail = true;
    void invalidateQueries(['BoardIdeas']);
    await flushPromises();

    expect(ideas.items.value).toHaveLength(1);
    expect(ideas.error.value).toBeUndefined();
    scope.stop();
  });
});
