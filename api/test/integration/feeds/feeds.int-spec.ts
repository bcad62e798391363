import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createPrivateIdea } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { COMMENT, STATUS, ok, submitIdea } from '../../utils/follow-up-work.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

interface RssItem {
  title: string;
  link: string;
  description: string;
  guid: { '#text': string };
  pubDate: string;
}

describe('RSS and Atom feeds', () => {
  let t: TestApp;
  let pm: TestAccount;
  let ideaId: string;
  const title = 'Feeds & <escaping>\u0007 "work"';
  const shown = 'Feeds & <escaping> "work"';

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    pm = await signUpAs(t, 'product_manager');
    const author = await signUpAs(t, 'member', 'Feed <Author>');
    ideaId = await submitIdea(t, author, title);
    await ok(t, STATUS, { input: { ideaId, statusKey: 'planned', note: 'Next <sprint> & then some' } }, pm);
    await ok(t, COMMENT, { input: { ideaId, body: 'Officially **yes**', official: true } }, pm);
    await ok(t, COMMENT, { input: { ideaId, body: 'Just a member comment' } }, author);
  });
  afterAll(() => t.close());

  async function get(path: string): Promise<{ status: number; type: string | null; body: string }> {
    const response = await fetch(`${t.url}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  }

  async function rss(path: string): Promise<{ channel: Record<string, unknown>; items: RssItem[] }> {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/rss+xml; charset=utf-8');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const doc = parser.parse(response.body) as { rss: { '@version': string; channel: Record<string, unknown> } };
    expect(doc.rss['@version']).toBe('2.0');
    const channel = doc.rss.channel;
    for (const field of ['title', 'link', 'description']) expect(channel[field]).toBeTruthy();
    expect(channel.link).toMatch(/^http:\/\/localhost:\d+\//);
    const items = list(channel.item as RssItem | RssItem[]);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/^http:\/\/localhost:\d+\/ideas\//);
      expect(item.guid['#text']).toBeTruthy();
      expect(item.pubDate).toMatch(RFC822);
    }
    return { channel, items };
  }

  interface AtomEntry {
    id: string;
    title: { '#text': string };
    updated: string;
    link: { '@href': string; '@rel': string };
    content: { '#text': string };
  }

  async function atom(path: string): Promise<{ feed: Record<string, unknown>; entries: AtomEntry[] }> {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const doc = parser.parse(response.body) as { feed: Record<string, unknown> };
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^http:\/\/localhost:\d+\/feeds\//);
    expect((feed.title as { '#text': string })['#text']).toBeTruthy();
    expect(feed.updated).toMatch(RFC3339);
    expect((feed.author as { name: string }).name).toBeTruthy();
    const entries = list(feed.entry as AtomEntry | AtomEntry[]);
    for (const entry of entries) {
      expect(entry.id).toBeTruthy();
      expect(entry.title['#text']).toBeTruthy();
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.link['@href']).toMatch(/^http:\/\/localhost:\d+\/ideas\//);
    }
    return { feed, entries };
  }

  it("serves a board's new ideas, newest first, escaped", async () => {
    const { items } = await rss('/feeds/boards/feedback/ideas.rss');
    expect(items.length).toBeGreaterThan(10);
    // Control characters are dropped; markup is escaped and comes back intact.
    expect(items[0].title).toBe(shown);
    expect(items[0].link).toBe(`${t.config.publicUrl}/ideas/${ideaId}`);
    // Channel links point at the web app's own routes (web/src/router.ts), not an API-side guess.
    expect((await rss('/feeds/boards/feedback/ideas.rss')).channel.link).toBe(`${t.config.publicUrl}/b/feedback`);
    expect((await rss('/feeds/boards/feedback/changelog.rss')).channel.link).toBe(
      `${t.config.publicUrl}/b/feedback/roadmap`,
    );
    const { entries } = await atom('/feeds/boards/feedback/ideas.atom');
    expect(entries[0].title['#text']).toBe(shown);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("serves a board's changelog of status changes", async () => {
    const { items } = await rss('/feeds/boards/feedback/changelog.rss');
    expect(items[0].title).toContain('→ Planned');
    expect(items[0].description).toContain('Next &lt;sprint&gt; &amp; then some');
    const { entries } = await atom('/feeds/boards/feedback/changelog.atom');
    expect(entries[0].title['#text']).toContain('→ Planned');
    expect(entries[0].id).toMatch(/^urn:uuid:/);
  });

  it("serves one idea's status changes and official responses (not other comments)", async () => {
    const { items } = await rss(`/feeds/ideas/${ideaId}.rss`);
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.title).sort()).toEqual([`${shown} → Planned`, `Official response on “${shown}”`].sort());
    expect(items.find((i) => i.title.startsWith('Official'))!.description).toContain('<strong>yes</strong>');
    const { entries } = await atom(`/feeds/ideas/${ideaId}.atom`);
    expect(entries).toHaveLength(2);
  });

  it('answers 404 for private boards, private ideas and unknown feeds', async () => {
    const privateIdea = await createPrivateIdea(t.db.dataSource);
    const [{ slug }] = await t.db.dataSource.query<Array<{ slug: string }>>(
      `SELECT b.slug FROM boards b JOIN ideas i ON i.board_id = b.id WHERE i.id = $1`,
      [privateIdea],
    );
    for (const path of [
      `/feeds/boards/${slug}/ideas.rss`,
      `/feeds/boards/${slug}/changelog.atom`,
      `/feeds/ideas/${privateIdea}.rss`,
      `/feeds/boards/nope/ideas.rss`,
      `/feeds/boards/feedback/other.rss`,
      `/feeds/ideas/00000000-0000-4000-8000-000000000000.atom`,
      `/feeds/ideas/${ideaId}.json`,
    ]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 404 });
    }
  });
});
