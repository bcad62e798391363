import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBoard, useBoards } from '@/composables/boards/useBoards';
import { filtersFromQuery } from '@/composables/ideas/ideaFilters';
import { sortFromQuery } from '@/composables/ideas/ideaSort';
import { useIdea } from '@/composables/ideas/useIdea';
import { useIdeas } from '@/composables/ideas/useIdeas';
import { clearQueryCache } from '@/graphql/cache';
import { ideasPage, jsonResponse, makeIdea, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { prefetchRouteData } from './prefetch';

function answer(operation: SentOperation): Response {
  switch (operation.operationName) {
    case 'BoardIdeas':
      return jsonResponse(ideasPage([makeIdea()], 1, null, false));
    case 'IdeaDetail':
    case 'IdeaFollowing':
      return jsonResponse({ data: { idea: null } });
    case 'Viewer':
      return jsonResponse({ data: { viewer: null } });
    case 'Boards':
      return jsonResponse({ data: { boards: [] } });
    default:
      return jsonResponse({ data: { board: null } });
  }
}

describe('prefetchRouteData', () => {
  beforeEach(() => clearQueryCache());

  it('starts the board page’s queries, which the page then joins instead of sending again', async () => {
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return answer(operation);
    });
    const query = { sort: 'top', tag: 'mobile' };
    prefetchRouteData({ name: 'board', params: { slug: 'feedback' }, query });
    expect(sent.map((operation) => operation.operationName)).toEqual([
      'Viewer',
      'Boards',
      'Board',
      'BoardIdeas',
      'BoardFollowing',
    ]);

    // What the header and BoardView ask for on the same address.
    const ideas = useIdeas('feedback', sortFromQuery(query.sort), filtersFromQuery(query));
    useBoard('feedback');
    useBoards();
    await flushPromises();

    expect(sent).toHaveLength(5);
    expect(ideas.items.value).toHaveLength(1);
  });

  it('starts only the header’s queries on other pages', () => {
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return answer(operation);
    });
    prefetchRouteData({ name: 'roadmap', params: { slug: 'feedback' }, query: {} });
    expect(sent.map((operation) => operation.operationName)).toEqual(['Viewer', 'Boards']);
  });

  it('starts the idea page’s queries', async () => {
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return answer(operation);
    });
    prefetchRouteData({ name: 'idea', params: { id: 'idea-1' }, query: {} });
    useIdea('idea-1');
    await flushPromises();
    expect(sent.map((operation) => operation.operationName)).toEqual([
      'Viewer',
      'Boards',
      'IdeaDetail',
      'IdeaFollowing',
    ]);
  });

  it('uses what the server embedded instead of asking', async () => {
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return answer(operation);
    });
    const embedded = [
      { operationName: 'Viewer', variables: {}, data: { viewer: null } },
      { operationName: 'Boards', variables: {}, data: { boards: [] } },
      { operationName: 'IdeaDetail', variables: { id: 'idea-1' }, data: { idea: null } },
      { operationName: 'IdeaFollowing', variables: { id: 'idea-1' }, data: { idea: null } },
    ];
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'chorus-prefetch';
    script.textContent = JSON.stringify(embedded);
    document.body.append(script);
    try {
      prefetchRouteData({ name: 'idea', params: { id: 'idea-1' }, query: {} });
      useIdea('idea-1');
      useBoards();
      await flushPromises();
      expect(sent).toEqual([]);
    } finally {
      script.remove();
    }
  });
});
