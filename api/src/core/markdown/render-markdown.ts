import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: true, async: false });

/**
 * Markdown → HTML that is safe to inject into a page: raw HTML in the source is escaped by
 * marked's output being sanitised against an allow-list (no script, style, iframe, event
 * attributes, or javascript:/data: URLs); links open safely in a new tab.
 */
export function renderMarkdown(source: string): string {
  let html: string;
  try {
    // Real text never nests containers this deep; hostile text that does costs marked time
    // super-linear in the depth, so it is shown as typed.
    if (deepestNesting(source) > MAX_NESTING) return `<p>${escapeHtml(source)}</p>`;
    html = marked.parse(source) as string;
  } catch (error) {
    // Containers nested thousands deep ("> > > ...") overflow marked's recursive parser: such a
    // text is shown as typed rather than failing every read of it.
    if (!(error instanceof RangeError)) throw error;
    html = `<p>${escapeHtml(source)}</p>`;
  }
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'hr',
      'strong',
      'em',
      'del',
      'code',
      'pre',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'input',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      code: ['class'],
      th: ['align'],
      td: ['align'],
      input: ['type', 'checked', 'disabled'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    allowedClasses: { code: [/^language-[\w-]+$/] },
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer ugc', target: '_blank' }),
      input: (_tag, attribs) => ({
        tagName: 'input',
        attribs: { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) },
      }),
    },
    disallowedTagsMode: 'escape',
  });
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);

/** Block containers (quotes, list items) a line may open before the text is shown as typed. */
const MAX_NESTING = 32;

/** The most block containers any line opens at its start (`> - > * ...`), in one pass over the text. */
function deepestNesting(source: string): number {
  let deepest = 0;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      atLineStart = true;
      depth = 0;
    } else if (!atLineStart || c === ' ' || c === '\t') {
      continue;
    } else if (c === '>' || ((c === '-' || c === '*' || c === '+') && isBlank(source[i + 1]))) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c >= '0' && c <= '9') {
      // An ordered list item ("12. " or "12) "): at most nine digits, as CommonMark says.
      let end = i;
      while (end < source.length && end - i < 9 && source[end] >= '0' && source[end] <= '9') end++;
      if ((source[end] === '.' || source[end] === ')') && isBlank(source[end + 1])) {
        depth++;
        if (depth > deepest) deepest = depth;
        i = end;
      } else atLineStart = false;
    } else {
      atLineStart = false;
    }
  }
  return deepest;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
