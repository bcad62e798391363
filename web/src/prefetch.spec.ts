import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBoard } from '@/composables/boards/useBoards';
import { filtersFromQuery } from '@/composables/ideas/ideaFilters';
import { sortFromQuery } from '@/composables/ideas/ideaSort';
import { useIdea } from '@/composables/ideas/useIdea';
import { useIdeas } from '@/composables/ideas/useIdeas';
import { invalidateQueries } from '@/graphql/cache';
import { ideasPage, jsonResponse, makeIdea, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { prefetchRouteData } from './prefetch';

function answer(operation: SentOperation): Response {
  if (operation.operationName === 'BoardIdeas') return jsonResponse(ideasPage([makeIdea()], 1, null, false));
  if (operation.operationName === 'IdeaDetail') return jsonResponse({ data: { idea: null } });
  return jsonResponse({ data: { board: null } });
}

describe('prefetchRouteData', () => {
  beforeEach(() => invalidateQueries());

  it('starts the board page’s queries, which the page then joins instead of sending again', async () => {
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return answer(operation);
    });
    const query = { sort: 'top', tag: 'mobile' };
    prefetchRouteData({ name: 'board', params: { slug: 'feedback' }, query });
    expect(sent.map((operation) => operation.operationName)).toEqual(['Board', 'BoardIdeas']);

    // What BoardView asks for on the same address.
    const ideas = useIdeas('feedback', sortFromQuery(query.sort), filtersFromQuery(query));
    useBoard('feedback');
    await flushPromises();

    expect(sent).toHaveLength(2);
    expect(ideas.items.value).toHaveLength(1);
  });

  it('starts the idea page’s query, and nothing on other pages', async () => {
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return answer(operation);
    });
    prefetchRouteData({ name: 'roadmap', params: { slug: 'feedback' }, query: {} });
    expect(sent).toHaveLength(0);

    prefetchRouteData({ name: 'idea', params: { id: 'idea-1' }, query: {} });
    useIdea('idea-1');
    await flushPromises();
    expect(sent.map((operation) => operation.operationName)).toEqual(['IdeaDetail']);
  });
});
