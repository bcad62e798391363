// @vitest-environment node
// (No DOM needed: skips the cost of setting up jsdom for this file.)
import { describe, expect, it } from 'vitest';
import { excerpt, markdownToPlainText } from './text';

describe('markdownToPlainText', () => {
  it('drops Markdown syntax and keeps the words', () => {
    expect(
      markdownToPlainText('# Title\n- one\n- **two**\n> quoted `code` and ![alt](x.png) [link](https://x.y)'),
    ).toBe('Title\none\ntwo\nquoted code and alt link');
  });

  it('can keep list items as bullets', () => {
    expect(markdownToPlainText('- one\n* two', { bullets: true })).toBe('• one\n• two');
  });

  it('leaves underscores inside words alone', () => {
    expect(markdownToPlainText('snake_case_name stays, _this_ and __that__ do not')).toBe(
      'snake_case_name stays, this and that do not',
    );
  });
});

describe('excerpt', () => {
  it('returns short text as one line', () => {
    expect(excerpt('First line.\n\nSecond   line.')).toBe('First line. Second line.');
  });

  it('cuts long text at a word and adds an ellipsis', () => {
    const text = 'word '.repeat(100);
    const result = excerpt(text, 50);
    expect(result.length).toBeLessThanOrEqual(50);
    expect(result.endsWith('word…')).toBe(true);
  });
});
