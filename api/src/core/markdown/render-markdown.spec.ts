import { renderMarkdown } from './render-markdown.js';

describe(renderMarkdown.name, () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('**bold** and [a link](https://example.com)')).toBe(
      '<p><strong>bold</strong> and <a href="https://example.com" rel="nofollow noopener noreferrer ugc" target="_blank">a link</a></p>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror="alert(1)">', /<img|onerror=/i],
    ['[click](javascript:alert(1))', /href="javascript:/i],
    ['<a href="javascript:alert(1)">x</a>', /href="javascript:/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['<div onclick="steal()">x</div>', /onclick=/i],
    ['![x](data:text/html;base64,PHNjcmlwdD4=)', /data:text\/html/i],
    ['<svg><script>alert(1)</script></svg>', /<svg|<script/i],
  ])('makes %s inert', (source, forbidden) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(forbidden);
  });

  it('keeps the text of escaped HTML visible', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toContain('&lt;script&gt;');
  });

  it.each([
    ['quotes', '> '.repeat(5000)],
    ['bullets', '- '.repeat(5000)],
    ['numbered items', '1. '.repeat(5000)],
  ])('shows text nested thousands of %s deep as typed, without parsing it', (_kind, source) => {
    // marked needs ~240 ms for the quotes (and more than linear in the depth); the text is kept as typed.
    expect(renderMarkdown(source)).toBe(`<p>${source.replaceAll('>', '&gt;')}</p>`);
  });

  it('still renders ordinary nesting', () => {
    expect(renderMarkdown('> quoted\n> - item\n>   1. first')).toContain('<blockquote>');
  });
});
