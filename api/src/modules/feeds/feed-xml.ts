/** A feed, independent of its format. */
export interface Feed {
  title: string;
  description: string;
  /** The page the feed is about (absolute). */
  link: string;
  /** The feed's own URL (absolute). */
  selfUrl: string;
  /** Stable id for Atom (a tag: or urn: URI or the page URL). */
  id: string;
  updated: Date;
  entries: FeedEntry[];
}

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  /** HTML (already sanitised); escaped as text in the XML. */
  html: string;
  author: string;
  published: Date;
  updated: Date;
}

/** XML 1.0 forbids most control characters even when escaped: drop them, then escape markup. */
export function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** RSS 2.0 (with an atom:link rel=self, as the RSS Advisory Board recommends). */
export function toRss(feed: Feed): string {
  const items = feed.entries
    .map(
      (e) => `    <item>
      <title>${xml(e.title)}</title>
      <link>${xml(e.link)}</link>
      <description>${xml(e.html)}</description>
      <author>${xml(`noreply@invalid (${e.author})`)}</author>
      <guid isPermaLink="false">${xml(e.id)}</guid>
      <pubDate>${e.published.toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(feed.title)}</title>
    <link>${xml(feed.link)}</link>
    <description>${xml(feed.description)}</description>
    <atom:link href="${xml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>
    <generator>Chorus</generator>
${items}
  </channel>
</rss>
`;
}

/** Atom 1.0 (RFC 4287): feed id/title/updated/author, entries with id/title/updated/link. */
export function toAtom(feed: Feed): string {
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title type="text">${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <published>${e.published.toISOString()}</published>
    <updated>${e.updated.toISOString()}</updated>
    <author><name>${xml(e.author)}</name></author>
    <content type="html">${xml(e.html)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(feed.id)}</id>
  <title type="text">${xml(feed.title)}</title>
  <subtitle type="text">${xml(feed.description)}</subtitle>
  <updated>${feed.updated.toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.link)}"/>
  <author><name>Chorus</name></author>
  <generator>Chorus</generator>
${entries}
</feed>
`;
}
