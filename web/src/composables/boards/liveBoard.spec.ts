import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../ideas/ideaFilters';
import { describeChange, matchesFilters, type LiveIdea } from './liveBoard';

const open = { key: 'open', name: 'Open', color: '#888', acceptsVotes: true };
const planned = { key: 'planned', name: 'Planned', color: '#36c', acceptsVotes: true };
const idea: LiveIdea = {
  id: 'i1',
  title: 'Dark mode',
  body: 'Easier on the eyes at night',
  tags: ['ui'],
  voteCount: 4,
  viewerHasVoted: false,
  commentCount: 1,
  status: open,
};

describe('describeChange', () => {
  it('tells of others’ votes, a new status and new comments', () => {
    expect(describeChange('Dark mode', idea, { ...idea, voteCount: 5 })).toEqual(['“Dark mode” has 5 votes']);
    expect(describeChange('Dark mode', idea, { ...idea, status: planned, commentCount: 2 })).toEqual([
      '“Dark mode” moved to Planned',
      '“Dark mode” has 2 comments',
    ]);
  });

  it('keeps quiet about the reader’s own vote and about removed comments', () => {
    expect(describeChange('Dark mode', idea, { ...idea, voteCount: 5, viewerHasVoted: true })).toEqual([]);
    expect(describeChange('Dark mode', idea, { ...idea, commentCount: 0 })).toEqual([]);
  });
});

describe('matchesFilters', () => {
  it('counts a new idea only for the list it would appear in', () => {
    expect(matchesFilters(idea, NO_FILTERS)).toBe(true);
    expect(matchesFilters(idea, { ...NO_FILTERS, status: 'planned' })).toBe(false);
    expect(matchesFilters(idea, { ...NO_FILTERS, status: 'open', tag: 'ui' })).toBe(true);
    expect(matchesFilters(idea, { ...NO_FILTERS, tag: 'api' })).toBe(false);
    expect(matchesFilters(idea, { ...NO_FILTERS, search: 'NIGHT dark' })).toBe(true);
    expect(matchesFilters(idea, { ...NO_FILTERS, search: 'light' })).toBe(false);
  });
});
