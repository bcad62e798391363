import { describe, expect, it } from 'vitest';
import { apiPeriod, csvUrl, queryWithRange, rangeFromQuery, validateCustom } from './analyticsRange';

const today = new Date('2026-03-15T17:30:00Z');

describe('rangeFromQuery', () => {
  it('defaults to the last 30 days, today included', () => {
    expect(rangeFromQuery({}, today)).toEqual({ preset: '30d', from: '2026-02-14', to: '2026-03-15' });
  });

  it('reads the presets', () => {
    expect(rangeFromQuery({ range: '90d' }, today)).toEqual({ preset: '90d', from: '2025-12-16', to: '2026-03-15' });
    expect(rangeFromQuery({ range: '12m' }, today)).toMatchObject({ preset: '12m', from: '2025-03-16' });
  });

  it('reads a valid custom period and ignores an invalid one', () => {
    expect(rangeFromQuery({ from: '2026-01-01', to: '2026-01-31' }, today)).toEqual({
      preset: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(rangeFromQuery({ from: '2026-02-01', to: '2026-01-31', range: '90d' }, today).preset).toBe('90d');
    expect(rangeFromQuery({ from: 'yesterday', to: '2026-01-31' }, today).preset).toBe('30d');
  });
});

describe('validateCustom', () => {
  it('explains each problem on its field', () => {
    expect(validateCustom('', '2026-01-01')).toEqual({ from: 'Enter a start date.' });
    expect(validateCustom('2026-01-02', '2026-01-01')).toEqual({
      to: 'The end date must be on or after the start date.',
    });
    expect(validateCustom('2024-01-01', '2026-01-02')).toEqual({ to: 'Pick at most two years.' });
    expect(validateCustom('2026-01-01', '2026-01-01')).toEqual({});
  });
});

describe('queryWithRange', () => {
  it('keeps other parameters and leaves the default out of the URL', () => {
    expect(queryWithRange({ range: '90d', x: '1' }, { preset: '30d' })).toEqual({ x: '1' });
    expect(queryWithRange({ from: 'a', to: 'b' }, { preset: '12m' })).toEqual({ range: '12m' });
    expect(queryWithRange({ range: '90d' }, { preset: 'custom', from: '2026-01-01', to: '2026-01-31' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });
});

describe('apiPeriod and csvUrl', () => {
  it('turn the included last day into the API’s exclusive end', () => {
    const range = { preset: 'custom' as const, from: '2026-01-01', to: '2026-01-31' };
    expect(apiPeriod(range)).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' });
    expect(csvUrl('feedback', range)).toBe(
      '/analytics/feedback.csv?from=2026-01-01T00%3A00%3A00.000Z&to=2026-02-01T00%3A00%3A00.000Z',
    );
  });
});
