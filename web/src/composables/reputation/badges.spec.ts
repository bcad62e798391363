// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Badge } from './badges';
import { badgeStates, topBadge } from './badges';

const badge = (kind: Badge['kind'], name = kind): Badge => ({ kind, name, description: `${name} description` });
const CATALOG = [badge('FIRST_IDEA'), badge('HUNDRED_VOTES'), badge('SHIPPED'), badge('FIVE_HELPFUL_ANSWERS')];

describe('topBadge', () => {
  it('picks the most distinguished badge, whatever the order given', () => {
    expect(topBadge([badge('FIRST_IDEA'), badge('FIVE_HELPFUL_ANSWERS')])?.kind).toBe('FIVE_HELPFUL_ANSWERS');
    expect(topBadge([badge('FIRST_IDEA'), badge('SHIPPED'), badge('HUNDRED_VOTES')])?.kind).toBe('HUNDRED_VOTES');
    expect(topBadge([badge('FIRST_IDEA')])?.kind).toBe('FIRST_IDEA');
  });

  it('is undefined without badges and leaves the input alone', () => {
    expect(topBadge([])).toBeUndefined();
    const given = [badge('FIRST_IDEA'), badge('SHIPPED')];
    topBadge(given);
    expect(given.map((b) => b.kind)).toEqual(['FIRST_IDEA', 'SHIPPED']);
  });
});

describe('badgeStates', () => {
  it('lists the whole catalog in order, marking what was earned', () => {
    const states = badgeStates(CATALOG, [badge('SHIPPED'), badge('FIRST_IDEA')]);
    expect(states.map((s) => [s.kind, s.earned])).toEqual([
      ['FIRST_IDEA', true],
      ['HUNDRED_VOTES', false],
      ['SHIPPED', true],
      ['FIVE_HELPFUL_ANSWERS', false],
    ]);
    expect(states[1]).toMatchObject({ name: 'HUNDRED_VOTES', description: 'HUNDRED_VOTES description' });
  });

  it('keeps an earned badge the catalog does not list', () => {
    expect(badgeStates([badge('FIRST_IDEA')], [badge('SHIPPED')]).map((s) => [s.kind, s.earned])).toEqual([
      ['FIRST_IDEA', false],
      ['SHIPPED', true],
    ]);
  });
});
