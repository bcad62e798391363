import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { MAX_DOCUMENT_TOKENS } from '../../../src/graphql/limits/query-limits.plugin.js';
import { postGraphQL, whileProbingHealth } from '../../utils/health-probe.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

/** Answered, refused or not, well under a second, and /health answered meanwhile. */
const QUICK_MS = 1000;

/** `levels` fragments each spreading the one before twice: 2^levels copies of F0 when expanded. */
function fanOut(levels: number, on: string, base: string, use: (top: string) => string): string {
  const lines = [use(`...F${levels}`), `fragment F0 on ${on} { ${base} }`];
  for (let i = 1; i <= levels; i += 1) lines.push(`fragment F${i} on ${on} { ...F${i - 1} ...F${i - 1} }`);
  return lines.join('\n');
}

describe('malicious GraphQL documents', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
  });
  afterAll(() => t.close());

  async function refusedQuickly(body: unknown) {
    const { result, elapsedMs, worstHealthMs } = await whileProbingHealth(t, () => postGraphQL(t, body));
    expect(elapsedMs).toBeLessThan(QUICK_MS);
    expect(worstHealthMs).toBeLessThan(QUICK_MS);
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    return result.body.errors![0];
  }

  it('refuses a fragment fan-out at the root (2^60 top-level fields, 2 KB) without expanding it', async () => {
    const query = fanOut(60, 'Query', 'board(slug: "feedback") { id name }', (top) => `query { ${top} }`);
    expect(query.length).toBeLessThan(2500);
    const error = await refusedQuickly({ query });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_WIDE', limit: 30 });
  });

  it('refuses a fragment fan-out below a field by its multiplied cost', async () => {
    const query = fanOut(60, 'Board', 'id name description', (top) => `{ board(slug: "feedback") { ${top} } }`);
    const error = await refusedQuickly({ query });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX', limit: 10_000 });
  });

  it('refuses fragment cycles', async () => {
    const error = await refusedQuickly({
      query: `query { ...A } fragment A on Query { board(slug: "feedback") { id } ...B } fragment B on Query { ...A }`,
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(error.message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('refuses depth through cyclic types (comment → idea → comments → ...)', async () => {
    const hop = (inner: string) => `comments(first: 1) { edges { node { idea { ${inner} } } } }`;
    let selection = 'id';
    for (let i = 0; i < 6; i += 1) selection = hop(selection);
    const error = await refusedQuickly({
      query: `{ ideas(boardSlug: "feedback", first: 1) { edges { node { ${selection} } } } }`,
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP', limit: 10 });
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: name`).join(' ');
    const error = await refusedQuickly({ query: `{ board(slug: "feedback") { ${aliases} } }` });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_WIDE', limit: 30 });
  });

  it('refuses a directive flood', async () => {
    const error = await refusedQuickly({
      query: `{ board(slug: "feedback") { id ${'@include(if: true) '.repeat(200)} } }`,
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('stops parsing at the token cap, whatever follows', async () => {
    const error = await refusedQuickly({
      query: `{ board(slug: "feedback") { ${'id '.repeat(MAX_DOCUMENT_TOKENS)} } }`,
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    expect(error.message).toMatch(/more that 1500 tokens/);
  });

  it('answers huge and deeply nested variables quickly', async () => {
    const slug = await whileProbingHealth(t, () =>
      postGraphQL(t, { query: 'query ($s: String!) { board(slug: $s) { id } }', variables: { s: 'x'.repeat(90_000) } }),
    );
    expect(slug.elapsedMs).toBeLessThan(QUICK_MS);
    expect(slug.result.body).toEqual({ data: { board: null } });

    const nested = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const deep = await whileProbingHealth(t, () =>
      postGraphQL(t, `{"query": "query ($s: String!) { board(slug: $s) { id } }", "variables": { "s": ${nested} }}`),
    );
    expect(deep.elapsedMs).toBeLessThan(QUICK_MS);
    expect(deep.result.status).toBe(400);
  });

  it('refuses a body over the limit before parsing it', async () => {
    const big = await whileProbingHealth(t, () => postGraphQL(t, { query: `{ __typename } # ${'x'.repeat(200_000)}` }));
    expect(big.elapsedMs).toBeLessThan(QUICK_MS);
    expect(big.result.status).toBe(413);
  });
});

describe('malformed cookies', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('ignores a session cookie that is not valid percent-encoding (the request is anonymous)', async () => {
    const reply = await postGraphQL(t, { query: '{ viewer { id } }' }, { cookie: 'chorus_session=%E0%A4%A; other=1' });
    expect(reply).toEqual({ status: 200, body: { data: { viewer: null } } });
  });
});
