// @vitest-environment node
// (No DOM needed: skips the cost of setting up jsdom for this file.)
import { describe, expect, it } from 'vitest';
import { sortFromQuery } from './ideaSort';

describe('sortFromQuery', () => {
  it('reads the order from ?sort=', () => {
    expect(sortFromQuery('top')).toBe('TOP');
    expect(sortFromQuery('NEW')).toBe('NEW');
    expect(sortFromQuery(['new', 'top'])).toBe('NEW');
  });

  it('falls back to trending for a missing or unknown value', () => {
    expect(sortFromQuery(undefined)).toBe('TRENDING');
    expect(sortFromQuery(null)).toBe('TRENDING');
    expect(sortFromQuery('oldest')).toBe('TRENDING');
  });
});
