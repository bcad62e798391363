import { getIntrospectionQuery } from 'graphql';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

/** Every field an idea card could show: 23 fields per idea, so 100 ideas cost 2,301. */
const IDEA_FIELDS = `id title body tags voteCount commentCount trendScore createdAt updatedAt
  author { id displayName role reputation createdAt } status { id key name color position }`;
/** Each idea with a page of its comments: pages multiply, so this grows fast with `first`. */
const IDEA_WITH_COMMENTS = `${IDEA_FIELDS} comments(first: 50) { edges { node { id body author { displayName } } } }`;

interface Reply {
  status: number;
  body: {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response data is checked field by field
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
  };
}

async function post(t: TestApp, body: unknown): Promise<Reply> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

describe('query depth, complexity and width limits', () => {
  let t: TestApp;
  let acquired = 0;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
  });
  afterAll(() => t.close());

  /** Counts statements so a test can prove a rejected query never reached the database. */
  async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
    const before = acquired;
    await work();
    return acquired - before;
  }
  beforeAll(() => {
    const pool = (t.db.dataSource.driver as unknown as { master: import('pg').Pool }).master;
    pool.on('acquire', () => (acquired += 1));
  });

  it('runs a normal page of ideas', async () => {
    const { status, body } = await post(t, {
      query: `{ ideas(boardSlug: "feedback", first: 20) { totalCount edges { cursor node { ${IDEA_FIELDS} } } } }`,
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.ideas.edges).toHaveLength(12);
  });

  it('allows the standard introspection query that GraphQL tools send', async () => {
    const { status, body } = await post(t, { query: getIntrospectionQuery({ descriptions: true }) });
    expect(status).toBe(200);
    expect(body.data!.__schema.queryType.name).toBe('Query');
  });

  it('rejects a deeply nested query with QUERY_TOO_DEEP and HTTP 400', async () => {
    // The application schema is shallow today; introspection's `ofType` chain is the deepest path.
    // (graphql-js itself already refuses repeated `fields { type { fields ... } } }` cycles.)
    const selection = `${'ofType { '.repeat(17)} name ${'} '.repeat(17)}`;
    const { status, body } = await post(t, { query: `{ __type(name: "Idea") { ${selection} } }` });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
      limit: 15,
      actual: 19,
    });
    expect(body.errors![0].message).toMatch(/limit is 15/);
  });

  it('rejects an expensive query with QUERY_TOO_COMPLEX before touching the database', async () => {
    let reply: Reply | undefined;
    const statements = await statementsDuring(async () => {
      reply = await post(t, {
        query: `query ($first: Int!) { ideas(boardSlug: "feedback", first: $first) { edges { node { ${IDEA_WITH_COMMENTS} } } } }`,
        variables: { first: 100 },
      });
    });
    expect(reply!.status).toBe(400);
    expect(reply!.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      limit: 10_000,
      actual: expect.any(Number),
    });
    expect(reply!.body.errors![0].extensions.actual as number).toBeGreaterThan(10_000);
    expect(reply!.body.errors![0].message).toMatch(/complexity limit is 10000/);
    expect(statements).toBe(0);

    // The same selection on a page of 20 is within the limit.
    let smaller: Reply | undefined;
    const ran = await statementsDuring(async () => {
      smaller = await post(t, {
        query: `{ ideas(boardSlug: "feedback", first: 20) { edges { node { ${IDEA_WITH_COMMENTS} } } } }`,
      });
    });
    expect(smaller!.status).toBe(200);
    expect(ran).toBeGreaterThan(0);
  });

  it('counts aliases: the same page asked for several times adds up', async () => {
    const page = (alias: string) =>
      `${alias}: ideas(boardSlug: "feedback", first: 30) { edges { node { ${IDEA_WITH_COMMENTS} } } }`;
    const { status, body } = await post(t, { query: `{ ${page('a')} ${page('b')} }` });
    expect(status).toBe(400);
    expect(body.errors![0].extensions.reason).toBe('QUERY_TOO_COMPLEX');
  });

  it('caps aliases and top-level fields at 30', async () => {
    const many = Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ');
    const aliases = await post(t, { query: `{ board(slug: "feedback") { ${many} } }` });
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors![0].extensions).toMatchObject({ reason: 'QUERY_TOO_WIDE', limit: 30, actual: 31 });

    const roots = await post(t, { query: `{ ${many} }` });
    expect(roots.status).toBe(400);
    expect(roots.body.errors![0].message).toMatch(/31 top-level fields; the limit is 30/);
  });

  it('refuses batched operations', async () => {
    const { status, body } = await post(t, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
