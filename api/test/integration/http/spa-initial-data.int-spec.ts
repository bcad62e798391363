import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs } from '../../utils/accounts.js';
import { createIdea, createPrivateIdea } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

/** Stand-ins for the web build's query texts (prefetch-documents.json): same names and variables. */
const DOCUMENTS = {
  Viewer: 'query Viewer { viewer { id displayName } }',
  Boards: 'query Boards { boards { slug } }',
  BoardFollowing: 'query BoardFollowing($slug: String!) { board(slug: $slug) { id viewerIsFollowing } }',
  IdeaFollowing: 'query IdeaFollowing($id: ID!) { idea(id: $id) { id viewerIsFollowing followerCount } }',
  Board: 'query Board($slug: String!) { board(slug: $slug) { name description } }',
  BoardIdeas:
    'query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $first: Int!, $after: String) { ideas(boardSlug: $boardSlug, sort: $sort, first: $first, after: $after) { edges { node { id title } } } }',
  IdeaDetail: 'query IdeaDetail($id: ID!) { idea(id: $id) { id title bodyHtml viewerHasVoted } }',
};

interface Embedded {
  operationName: string;
  variables: Record<string, unknown>;
  data: Record<string, unknown>;
}

describe('index.html with the landing page data', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'chorus-spa-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html><body><div id="app"></div></body></html>');
    writeFileSync(join(dist, 'prefetch-documents.json'), JSON.stringify(DOCUMENTS));
    t = await createTestApp({ webDistDir: dist });
    await seedDemo(t.db.dataSource);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  async function page(path: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html', ...headers } });
    const html = await response.text();
    const json = /<script type="application\/json" id="chorus-prefetch">(.*?)<\/script>/s.exec(html)?.[1];
    return { response, html, embedded: json ? (JSON.parse(json) as Embedded[]) : undefined };
  }

  it("embeds a board page's queries with the variables the web app uses", async () => {
    const { response, embedded } = await page('/b/feedback');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('vary')).toMatch(/cookie/i);
    const [{ name, description }] = await t.db.dataSource.query<Array<{ name: string; description: string }>>(
      `SELECT name, description FROM boards WHERE slug = 'feedback'`,
    );
    expect(embedded?.map((item) => item.operationName)).toEqual([
      'Viewer',
      'Boards',
      'Board',
      'BoardIdeas',
      'BoardFollowing',
    ]);
    expect(embedded?.find((item) => item.operationName === 'Board')).toEqual({
      operationName: 'Board',
      variables: { slug: 'feedback' },
      data: { board: { name, description } },
    });
    expect(embedded?.find((item) => item.operationName === 'BoardIdeas')?.variables).toEqual({
      boardSlug: 'feedback',
      sort: 'TRENDING',
      first: 20,
      after: null,
    });
    expect(embedded?.find((item) => item.operationName === 'BoardFollowing')?.variables).toEqual({ slug: 'feedback' });
    expect(embedded?.find((item) => item.operationName === 'Viewer')?.data).toEqual({ viewer: null });
    const boards = embedded?.find((item) => item.operationName === 'Boards')?.data.boards;
    expect(boards).toEqual(expect.arrayContaining([{ slug: 'feedback' }]));
  });

  it("embeds an idea page's queries and, on every page, who is signed in", async () => {
    const id = await createIdea(t.db.dataSource);
    const member = await signUpAs(t);
    const { embedded } = await page(`/ideas/${id}`, member.headers);
    expect(embedded?.map((item) => item.operationName)).toEqual(['Viewer', 'Boards', 'IdeaDetail', 'IdeaFollowing']);
    expect(embedded?.[0].data).toEqual({ viewer: { id: member.id, displayName: expect.any(String) } });
    expect(embedded?.[3]).toEqual({
      operationName: 'IdeaFollowing',
      variables: { id },
      data: { idea: { id, viewerIsFollowing: false, followerCount: expect.any(Number) } },
    });
    const roadmap = await page('/b/feedback/roadmap', member.headers);
    expect(roadmap.embedded?.map((item) => item.operationName)).toEqual(['Viewer', 'Boards']);
  });

  it("paints the page's heading and first text before the app runs", async () => {
    const board = await page('/b/feedback');
    expect(board.html).toMatch(
      /<div id="app"><div class="app-shell">.*<h1>Northwind Notes — product ideas<\/h1><p class="muted">/s,
    );
    const id = await createIdea(t.db.dataSource, 'open', 'Dark mode $\' & "quotes" <b>bold</b>');
    await t.db.dataSource.query(`UPDATE ideas SET body = 'First **paragraph**' WHERE id = $1`, [id]);
    const idea = await page(`/ideas/${id}`);
    expect(idea.html).toContain(
      '<h1>Dark mode $&#39; &amp; &quot;quotes&quot; &lt;b&gt;bold&lt;/b&gt;</h1><div class="prose app-shell__body"><p>First <strong>paragraph</strong></p>',
    );
    expect(ideaDetail(idea.embedded)).toMatchObject({ idea: { title: 'Dark mode $\' & "quotes" <b>bold</b>' } });
  });

  it('escapes text so a title cannot end the script element', async () => {
    const title = '</script><script>alert(1)</script> <!-- sneaky';
    const id = await createIdea(t.db.dataSource, 'open', title);
    const { html, embedded } = await page(`/ideas/${id}`);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).not.toContain('<!-- sneaky');
    expect(html).toContain('<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- sneaky</h1>');
    expect(ideaDetail(embedded)).toEqual({ idea: { id, title, bodyHtml: '', viewerHasVoted: false } });
  });

  it("answers per-viewer fields for the request's own session", async () => {
    const id = await createIdea(t.db.dataSource);
    const voter = await signUpAs(t);
    const vote = await t.gql('mutation ($id: ID!) { castVote(ideaId: $id) { id } }', { id }, voter.headers);
    expect(vote.errors).toBeUndefined();
    expect(ideaDetail((await page(`/ideas/${id}`, voter.headers)).embedded)).toMatchObject({
      idea: { viewerHasVoted: true },
    });
    expect(ideaDetail((await page(`/ideas/${id}`)).embedded)).toMatchObject({ idea: { viewerHasVoted: false } });
  });

  it('never embeds what the visitor may not read', async () => {
    const id = await createPrivateIdea(t.db.dataSource);
    const { html } = await page(`/ideas/${id}`);
    expect(html).not.toContain('A secret idea');
  });

  it("leaves out the idea list of a URL with a query string, and what an unknown board's page cannot answer", async () => {
    const filtered = await page('/b/feedback?sort=new');
    expect(filtered.embedded?.map((item) => item.operationName)).toEqual([
      'Viewer',
      'Boards',
      'Board',
      'BoardFollowing',
    ]);
    expect((await page('/')).embedded?.map((item) => item.operationName)).toEqual(['Viewer', 'Boards']);
    const unknown = await page('/b/no-such-board');
    expect(unknown.response.status).toBe(200);
    expect(unknown.embedded?.map((item) => item.operationName)).not.toContain('BoardIdeas');
  });
});

function ideaDetail(embedded: Embedded[] | undefined): Record<string, unknown> | undefined {
  return embedded?.find((item) => item.operationName === 'IdeaDetail')?.data;
}
