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
});
