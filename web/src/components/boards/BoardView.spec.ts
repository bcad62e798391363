import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VOTE_INVALIDATES } from '@/composables/votes/useVote';
import { clearQueryCache, invalidateQueries } from '@/graphql/cache';
import { ideasPage, jsonResponse, makeIdea, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import BoardView from './BoardView.vue';

const board = {
  id: 'b1',
  slug: 'feedback',
  name: 'Product ideas',
  description: 'Tell us **everything**.',
  isPrivate: false,
};
const first = makeIdea({ title: 'Dark mode for the editor', voteCount: 26 });
const second = makeIdea({ title: 'Offline mode on mobile', voteCount: 22 });
const third = makeIdea({ title: 'Export notes to PDF', voteCount: 19 });

async function mountBoard(path = '/b/feedback') {
  const router = await testRouter(path);
  return mount(BoardView, {
    props: { slug: 'feedback' },
    global: { plugins: [router, createPinia()] },
    attachTo: document.body,
  });
}

function ideasHandler(operation: SentOperation): Response {
  if (operation.operationName === 'Board') return jsonResponse({ data: { board } });
  if (operation.operationName === 'BoardFollowing')
    return jsonResponse({ data: { board: { id: board.id, name: board.name, viewerIsFollowing: false } } });
  return operation.variables.after === 'page-1'
    ? jsonResponse(ideasPage([third], 3, 'page-2', false))
    : jsonResponse(ideasPage([first, second], 3, 'page-1', true));
}

describe('BoardView', () => {
  enableAutoUnmount(afterEach); // a view left mounted would still refetch what a later test invalidates
  beforeEach(() => clearQueryCache());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows skeletons, then the board, its ideas and their total', async () => {
    mockGraphQL(ideasHandler);
    const view = await mountBoard();

    expect(view.findAll('[data-testid="idea-card-skeleton"]').length).toBeGreaterThan(0);
    expect(view.find('[data-testid="idea-card"]').exists()).toBe(false);

    await flushPromises();
    expect(view.get('h1').text()).toBe('Product ideas');
    expect(view.get('.board__description').text()).toBe('Tell us everything.');
    expect(view.findAll('[data-testid="idea-card"] h2').map((h) => h.text())).toEqual([first.title, second.title]);
    expect(view.get('[data-testid="idea-total"]').text()).toBe('3 ideas');
    expect(view.find('[data-testid="idea-card-skeleton"]').exists()).toBe(false);
    expect(document.title).toBe('Product ideas · Chorus');
  });

  it('asks for the order in the URL and marks it as current', async () => {
    const fetchMock = mockGraphQL(ideasHandler);
    const view = await mountBoard('/b/feedback?sort=top');
    await flushPromises();

    const ideasCall = fetchMock.mock.calls
      .map(([, init]) => JSON.parse(String(init?.body)) as SentOperation)
      .find((operation) => operation.operationName === 'BoardIdeas');
    expect(ideasCall?.variables).toMatchObject({ boardSlug: 'feedback', sort: 'TOP', after: null });
    expect(view.get('[aria-current="page"]').text()).toBe('Top');
  });

  it('loads the next page with the cursor and focuses the first new idea', async () => {
    const fetchMock = mockGraphQL(ideasHandler);
    const view = await mountBoard();
    await flushPromises();

    const loadMore = () => view.findAll('button').find((button) => button.text() === 'Load more ideas');
    await loadMore()?.trigger('click');
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(4); // the board, its follow state, two pages of ideas
    expect(view.findAll('[data-testid="idea-card"] h2').map((h) => h.text())).toEqual([
      first.title,
      second.title,
      third.title,
    ]);
    expect(loadMore()).toBeUndefined(); // no further page
    expect(document.activeElement?.textContent).toBe(third.title);
  });

  it('shows a plain error with a retry that recovers', async () => {
    let failing = true;
    mockGraphQL((operation) => {
      if (operation.operationName === 'BoardIdeas' && failing) return Promise.reject(new TypeError('Failed to fetch'));
      return ideasHandler(operation);
    });
    const view = await mountBoard();
    await flushPromises();

    const alert = view.get('[role="alert"]');
    expect(alert.text()).toContain('We couldn’t reach Chorus');
    expect(view.find('[data-testid="idea-card"]').exists()).toBe(false);

    failing = false;
    await alert.get('button').trigger('click');
    await flushPromises();
    expect(view.find('[role="alert"]').exists()).toBe(false);
    expect(view.findAll('[data-testid="idea-card"]')).toHaveLength(2);
  });

  it('says so when the board does not exist', async () => {
    mockGraphQL((operation) =>
      operation.operationName === 'Board'
        ? jsonResponse({ data: { board: null } })
        : jsonResponse(ideasPage([], 0, null, false)),
    );
    const view = await mountBoard();
    await flushPromises();
    expect(view.get('h1').text()).toBe('Board not found');
    expect(view.find('[data-testid="idea-list"]').exists()).toBe(false);
    vi.unstubAllGlobals();
  });

  it('comes back after a vote elsewhere with its cards at once (no skeletons) and refreshes them quietly', async () => {
    const fetchMock = mockGraphQL(ideasHandler);
    const sent = () =>
      fetchMock.mock.calls.map(([, init]) => (JSON.parse(String(init?.body)) as SentOperation).operationName);
    const view = await mountBoard();
    await flushPromises();
    view.unmount(); // the reader opened an idea…
    void invalidateQueries(VOTE_INVALIDATES); // …and voted for it there
    const before = sent().length;

    const back = await mountBoard(); // …then went back

    expect(back.find('[data-testid="idea-card-skeleton"]').exists()).toBe(false);
    expect(back.findAll('[data-testid="idea-card"] h2').map((h) => h.text())).toEqual([first.title, second.title]);
    expect(back.get('[data-testid="idea-list"]').classes()).not.toContain('ideas--busy');
    await flushPromises();
    expect(sent().slice(before)).toEqual(['BoardIdeas']);
  });
});
