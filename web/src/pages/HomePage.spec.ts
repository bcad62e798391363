import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearQueryCache } from '@/graphql/cache';
import { ideasPage, jsonResponse, makeIdea, mockGraphQL } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import HomePage from './HomePage.vue';

const feedback = { id: 'b1', slug: 'feedback', name: 'Product ideas', description: 'Ideas.', isPrivate: false };
const internal = { id: 'b2', slug: 'internal', name: 'Internal tools', description: 'Staff only.', isPrivate: true };

async function mountHome(boards: (typeof feedback)[]) {
  mockGraphQL((operation) => {
    if (operation.operationName === 'Boards') return jsonResponse({ data: { boards } });
    if (operation.operationName === 'Board') return jsonResponse({ data: { board: feedback } });
    return jsonResponse(ideasPage([makeIdea({ title: 'Dark mode' })], 1, 'c1', false));
  });
  const router = await testRouter('/');
  const home = mount(HomePage, { global: { plugins: [router, createPinia()] } });
  await flushPromises();
  return home;
}

describe('HomePage', () => {
  beforeEach(() => clearQueryCache());

  it('is the board itself when there is exactly one', async () => {
    const home = await mountHome([feedback]);
    expect(home.get('h1').text()).toBe('Product ideas');
    expect(home.findAll('[data-testid="idea-card"]')).toHaveLength(1);
    expect(document.title).toBe('Product ideas · Chorus');
  });

  it('lists the boards when there are several', async () => {
    const home = await mountHome([feedback, internal]);
    expect(home.get('h1').text()).toBe('Boards');
    const links = home.findAll('[data-testid="board-card"] a');
    expect(links.map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Product ideas', '/b/feedback'],
      ['Internal tools', '/b/internal'],
    ]);
    expect(home.findAll('[data-testid="board-card"]')[0]!.text()).not.toContain('Private');
    expect(home.findAll('[data-testid="board-card"]')[1]!.text()).toContain('Private');
    expect(document.title).toBe('Boards · Chorus');
  });

  it('says so when there are no boards', async () => {
    const home = await mountHome([]);
    expect(home.get('[data-testid="empty-state"]').text()).toContain('No boards yet');
  });
});
