import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { makeIdea } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import IdeaCard from './IdeaCard.vue';

async function mountCard(overrides: Parameters<typeof makeIdea>[0]) {
  const router = await testRouter();
  return mount(IdeaCard, { props: { idea: makeIdea(overrides) }, global: { plugins: [router, createPinia()] } });
}

describe('IdeaCard', () => {
  it('shows the title as a link to the idea, its status, votes and comments', async () => {
    const card = await mountCard({
      id: 'abc-123',
      title: 'Dark mode for the editor',
      voteCount: 26,
      commentCount: 2,
      status: { key: 'in_progress', name: 'In progress', color: '#7c3aed', acceptsVotes: true },
    });

    const link = card.get('h2 a');
    expect(link.text()).toBe('Dark mode for the editor');
    expect(link.attributes('href')).toBe('/ideas/abc-123');
    expect(card.get('[data-testid="status-badge"]').text()).toBe('Status: In progress');
    expect(card.get('[data-testid="status-badge"]').attributes('style')).toContain('--status-color: #7c3aed');
    expect(card.get('[data-testid="vote-count"]').text()).toBe('26');
    expect(card.get('[data-testid="vote-button"]').text()).toBe('Upvote, 26 votes');
    expect(card.get('[data-testid="vote-button"]').attributes('aria-pressed')).toBe('false');
    expect(card.get('[data-testid="comment-count"]').text()).toBe('2 comments');
  });

  it('uses singular words for one vote and one comment', async () => {
    const card = await mountCard({ voteCount: 1, commentCount: 1 });
    expect(card.get('[data-testid="vote-button"]').text()).toBe('Upvote, 1 vote');
    expect(card.get('[data-testid="comment-count"]').text()).toBe('1 comment');
  });

  it('shows a plain-text excerpt of the Markdown body', async () => {
    const card = await mountCard({
      body: '## Why\n\nWriting **late at night** is painful. See [the forum](https://example.com).',
    });
    expect(card.get('.card__excerpt').text()).toBe('Why Writing late at night is painful. See the forum.');
  });

  it('leaves out the excerpt when the body is empty', async () => {
    const card = await mountCard({ body: '' });
    expect(card.find('.card__excerpt').exists()).toBe(false);
  });
});
