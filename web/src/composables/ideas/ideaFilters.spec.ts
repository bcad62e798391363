import { describe, expect, it } from 'vitest';
import { filtersFromQuery, hasFilters, NO_FILTERS, queryWithFilters, queryWithoutFilters } from './ideaFilters';

describe('filtersFromQuery', () => {
  it('reads status, tag and q', () => {
    expect(filtersFromQuery({ status: 'planned', tag: 'mobile', q: 'export', sort: 'top' })).toEqual({
      status: 'planned',
      tag: 'mobile',
      search: 'export',
    });
  });

  it('treats missing, empty and blank values as no filter', () => {
    expect(filtersFromQuery({})).toEqual(NO_FILTERS);
    expect(filtersFromQuery({ status: '', tag: '  ', q: null })).toEqual(NO_FILTERS);
  });

  it('takes the first of repeated values, trims, and lower-cases keys but not the search', () => {
    expect(filtersFromQuery({ status: ['Planned', 'done'], tag: ' Mobile ', q: ' Dark Mode ' })).toEqual({
      status: 'planned',
      tag: 'mobile',
      search: 'Dark Mode',
    });
  });
});

describe('queryWithFilters', () => {
  it('sets the changed filters and keeps the other parameters', () => {
    expect(queryWithFilters({ sort: 'top', tag: 'mobile' }, { status: 'planned' })).toEqual({
      sort: 'top',
      tag: 'mobile',
      status: 'planned',
    });
    expect(queryWithFilters({}, { search: 'export' })).toEqual({ q: 'export' });
  });

  it('drops cleared filters from the URL', () => {
    expect(queryWithFilters({ status: 'planned', q: 'x' }, { status: undefined, search: '  ' })).toEqual({});
  });

  it('round-trips through filtersFromQuery', () => {
    const filters = { status: 'done', tag: 'export', search: 'pdf' };
    expect(filtersFromQuery(queryWithFilters({ sort: 'new' }, filters) as Record<string, string>)).toEqual(filters);
  });
});

describe('queryWithoutFilters / hasFilters', () => {
  it('clears every filter but keeps the order', () => {
    expect(queryWithoutFilters({ sort: 'top', status: 'planned', tag: 'mobile', q: 'x' })).toEqual({ sort: 'top' });
  });

  it('knows whether any filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, tag: 'mobile' })).toBe(true);
  });
});
