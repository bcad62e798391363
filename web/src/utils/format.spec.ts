// @vitest-environment node
// (No DOM needed: skips the cost of setting up jsdom for this file.)
import { describe, expect, it } from 'vitest';
import { countLabel, formatNumber, longDate, percentDown, relativeTime } from './format';

describe('countLabel', () => {
  it('picks singular or plural', () => {
    expect(countLabel(0, 'idea')).toBe('0 ideas');
    expect(countLabel(1, 'idea')).toBe('1 idea');
    expect(countLabel(2, 'reply', 'replies')).toBe('2 replies');
  });

  it('groups digits from a thousand up, as the locale does', () => {
    expect(countLabel(999, 'vote')).toBe('999 votes');
    expect(countLabel(1204, 'comment')).toBe(`${new Intl.NumberFormat().format(1204)} comments`);
  });
});

describe('formatNumber', () => {
  it('writes small integers as they are and everything else with Intl', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-42)).toBe('-42');
    expect(formatNumber(12345)).toBe(new Intl.NumberFormat().format(12345));
    expect(formatNumber(2.5)).toBe(new Intl.NumberFormat().format(2.5));
  });
});

describe('relativeTime', () => {
  const now = new Date('2025-03-20T12:00:00Z');

  it('describes the past in the largest fitting unit', () => {
    expect(relativeTime('2025-03-20T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2025-03-20T11:58:30Z', now)).toBe('1 minute ago');
    expect(relativeTime('2025-03-20T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2025-03-17T12:00:00Z', now)).toBe('3 days ago');
    expect(relativeTime('2025-03-06T12:00:00Z', now)).toBe('2 weeks ago');
    expect(relativeTime('2024-03-01T12:00:00Z', now)).toBe('last year');
  });

  it('says yesterday, last week and last month instead of "1 … ago"', () => {
    expect(relativeTime('2025-03-19T06:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2025-03-12T12:00:00Z', now)).toBe('last week');
    expect(relativeTime('2025-02-15T12:00:00Z', now)).toBe('last month');
  });

  it('describes the future too', () => {
    expect(relativeTime('2025-03-21T12:00:00Z', now)).toBe('tomorrow');
    expect(relativeTime('2025-03-20T15:00:00Z', now)).toBe('in 3 hours');
    expect(relativeTime('2025-04-10T12:00:00Z', now)).toBe('in 3 weeks');
  });

  it('reads as Intl.RelativeTimeFormat in English does', () => {
    const english = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    expect(relativeTime('2025-03-17T12:00:00Z', now)).toBe(english.format(-3, 'day'));
    expect(relativeTime('2025-03-19T06:00:00Z', now)).toBe(english.format(-1, 'day'));
    expect(relativeTime('2025-03-12T12:00:00Z', now)).toBe(english.format(-1, 'week'));
    expect(relativeTime('2025-03-20T15:00:00Z', now)).toBe(english.format(3, 'hour'));
  });

  it('returns nothing for an invalid date', () => {
    expect(relativeTime('not a date', now)).toBe('');
  });
});

describe('longDate', () => {
  it("writes the date in the viewer's time zone, month first", () => {
    const date = new Date(2025, 2, 12, 23, 30);
    expect(longDate(date.toISOString())).toBe('March 12, 2025');
  });

  it('returns nothing for an invalid date', () => {
    expect(longDate('nope')).toBe('');
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
