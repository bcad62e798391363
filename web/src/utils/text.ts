/**
 * Markdown source to plain text, good enough for excerpts and until the idea page
 * renders Markdown: drops syntax characters, keeps the words.
 */
export function markdownToPlainText(markdown: string, options: { bullets?: boolean } = {}): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}[-*+]\s+/gm, options.bullets ? '• ' : '')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|\*|~~|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|\W)(__?)(\S(?:.*?\S)?)\2(?=\W|$)/gm, '$1$3')
    .replace(/<[^>]+>/g, '');
}

/** One-paragraph plain-text excerpt of at most `max` characters, cut at a word. */
export function excerpt(markdown: string, max = 180): string {
  const text = markdownToPlainText(markdown, { bullets: true }).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max * 0.6 ? cut.lastIndexOf(' ') : cut.length);
  return `${atWord.replace(/[\s,.;:!?-]+$/, '')}…`;
}
