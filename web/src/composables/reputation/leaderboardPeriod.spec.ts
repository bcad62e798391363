// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { periodFromQuery, queryWithPeriod } from './leaderboardPeriod';

describe('periodFromQuery', () => {
  it('reads the last 30 days from ?period=30d, anything else as all time', () => {
    expect(periodFromQuery({ period: '30d' })).toBe('LAST_30_DAYS');
    expect(periodFromQuery({ period: ['30d', 'x'] })).toBe('LAST_30_DAYS');
    expect(periodFromQuery({})).toBe('ALL_TIME');
    expect(periodFromQuery({ period: 'forever' })).toBe('ALL_TIME');
    expect(periodFromQuery({ period: null })).toBe('ALL_TIME');
  });
});

describe('queryWithPeriod', () => {
  it('sets or drops the parameter and keeps the others', () => {
    expect(queryWithPeriod({ ref: 'mail' }, 'LAST_30_DAYS')).toEqual({ ref: 'mail', period: '30d' });
    expect(queryWithPeriod({ ref: 'mail', period: '30d' }, 'ALL_TIME')).toEqual({ ref: 'mail' });
  });

  it('round-trips through periodFromQuery', () => {
    for (const period of ['ALL_TIME', 'LAST_30_DAYS'] as const) {
      expect(periodFromQuery(queryWithPeriod({}, period))).toBe(period);
    }
  });
});
