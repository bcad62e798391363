// @vitest-environment node
// (No DOM needed: skips the cost of setting up jsdom for this file.)
import { describe, expect, it } from 'vitest';
import { countLabel, percentDown, relativeTime } from './format';

describe('countLabel', () => {
  it('picks singular or plural', () => {
    expect(countLabel(0, 'idea')).toBe('0 ideas');
    expect(countLabel(1, 'idea')).toBe('1 idea');
    expect(countLabel(2, 'reply', 'replies')).toBe('2 replies');
  });
});

describe('relativeTime', () => {
  const now = new Date('2025-03-20T12:00:00Z');

  it('describes the past in the largest fitting unit', () => {
    expect(relativeTime('2025-03-20T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2025-03-20T09:00:00Z', now)).toMatch(/3 hours ago/);
    expect(relativeTime('2025-03-17T12:00:00Z', now)).toMatch(/3 days ago/);
    expect(relativeTime('2024-03-01T12:00:00Z', now)).toMatch(/last year|1 year ago/);
  });

  it('returns nothing for an invalid date', () => {
    expect(relativeTime('not a date', now)).toBe('');
  });
});

describe('percentDown', () => {
  it('rounds down so only a full share reads 100%', () => {
    expect(percentDown(1)).toBe('100%');
    expect(percentDown(0.996)).toBe('99%');
    expect(percentDown(0.5)).toBe('50%');
    expect(percentDown(0.29)).toBe('29%');
    expect(percentDown(0)).toBe('0%');
  });

  it('keeps out-of-range shares within 0 to 100%', () => {
    expect(percentDown(1.2)).toBe('100%');
    expect(percentDown(-0.1)).toBe('0%');
  });
});
