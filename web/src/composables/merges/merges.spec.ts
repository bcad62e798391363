// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { candidatesFor, mergeConsequences } from './merges';

describe('candidatesFor', () => {
  it('never offers the idea itself nor the ones already merged into it', () => {
    const found = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(candidatesFor(found, ['a', 'c'])).toEqual([{ id: 'b' }]);
  });
});

describe('mergeConsequences', () => {
  const target = { id: 't', title: 'CSV export', voteCount: 9 };

  it('says what moves, what closes and that it can be undone', () => {
    const lines = mergeConsequences({ title: 'Export to Excel', voteCount: 3 }, target);
    expect(lines[0]).toBe(
      'Its 3 votes move to “CSV export” (people who backed both count once; original dates are kept).',
    );
    expect(lines.join(' ')).toMatch(/followers follow “CSV export”/);
    expect(lines.join(' ')).toMatch(/“Export to Excel” closes for voting and links to “CSV export”/);
    expect(lines.at(-1)).toMatch(/unmerge/);
  });

  it('counts a single vote in the singular', () => {
    expect(mergeConsequences({ title: 'X', voteCount: 1 }, target)[0]).toMatch(/^Its 1 vote moves/);
  });
});
