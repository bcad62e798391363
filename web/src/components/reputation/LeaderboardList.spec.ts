import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { LeaderboardQuery } from '@/graphql/generated/graphql';
import { testRouter } from '@/testing/router';
import LeaderboardList from './LeaderboardList.vue';

type Entry = LeaderboardQuery['leaderboard'][number];

const entries: Entry[] = [
  {
    rank: 1,
    points: 1250,
    user: {
      id: 'bob',
      displayName: 'Bob Builder',
      role: 'MEMBER',
      badges: [
        { kind: 'FIRST_IDEA', name: 'First idea', description: 'Submitted a first idea.' },
        { kind: 'FIVE_HELPFUL_ANSWERS', name: 'Helper', description: 'Five of their answers were marked helpful.' },
      ],
    },
  },
  { rank: 2, points: 1, user: { id: 'sam', displayName: 'Sam Okafor', role: 'PRODUCT_MANAGER', badges: [] } },
];

describe('LeaderboardList', () => {
  it('shows rank, a profile link, the role, points and the top badge of each member', async () => {
    const wrapper = mount(LeaderboardList, { props: { entries }, global: { plugins: [await testRouter()] } });
    const rows = wrapper.findAll('[data-testid="leaderboard-entry"]');
    expect(rows).toHaveLength(2);

    expect(rows[0]!.get('.row__rank').text()).toBe('Rank 1');
    expect(rows[0]!.get('a').attributes('href')).toBe('/u/bob');
    expect(rows[0]!.get('a').text()).toBe('Bob Builder');
    expect(rows[0]!.get('[data-testid="leaderboard-points"]').text()).toMatch(/^1,250\s+points$/);
    expect(rows[0]!.get('.row__badge').text()).toBe('Top badge: Helper');
    expect(rows[0]!.get('.row__badge').attributes('title')).toBe('Five of their answers were marked helpful.');

    expect(rows[1]!.get('[data-testid="role-badge"]').text()).toBe('Product manager');
    expect(rows[1]!.get('[data-testid="leaderboard-points"]').text()).toMatch(/^1\s+point$/);
    expect(rows[1]!.find('.row__badge').exists()).toBe(false);
  });
});
