import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { countStatements } from '../../utils/statement-counter.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

/** Per-idea fields a list page shows. Adding one is one line; its loader must keep the count flat. */
const IDEA_FIELDS = [
  'id title body voteCount commentCount trendScore tags',
  'author { id displayName role }',
  'status { key name color }',
];

/**
 * Fields other modules add to Idea: included automatically once the schema has them, so the
 * N+1 guarantee covers them the day they merge. (Adjust a selection here if its shape differs.)
 */
const OPTIONAL_IDEA_FIELDS: Record<string, string> = {
  viewerHasVoted: 'viewerHasVoted',
  statusHistory: 'statusHistory { id }',
  comments: 'comments(first: 5) { totalCount edges { node { id author { id } } } }',
  mergedInto: 'mergedInto { id }',
  mergedIdeas: 'mergedIdeas { id }',
  internalNotes: 'internalNotes { id }',
};

describe('statements per GraphQL request (no N+1)', () => {
  let t: TestApp;
  let member: TestAccount;
  let counter: { count: number };
  let query: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    member = await signUpAs(t);
    // 30 more ideas, each by its own author, spread over every status: a page of 20 has 20 distinct authors.
    // At most 20 votes each, so the demo's most-voted ideas (26 and 22 votes, with comments) lead the TOP
    // list: pages of 5 and 20 both load comment authors. (With up to 30 votes, an extra idea tied the demo
    // idea at 26 and the random id decided whether the page of 5 had any comments: a flaky count.)
    await t.db.dataSource.query(`
      WITH authors AS (
        INSERT INTO users (email, display_name, password_hash)
        SELECT 'author' || n || '@example.test', 'Author ' || n, 'x' FROM generate_series(1, 30) n
        RETURNING id, (regexp_match(email, '\\d+'))[1]::int AS n)
      INSERT INTO ideas (board_id, author_id, status_id, title, tags, vote_count)
      SELECT b.id, a.id, (SELECT id FROM statuses s WHERE s.board_id = b.id ORDER BY s.position OFFSET a.n % 6 LIMIT 1),
             'Extra idea number ' || a.n, ARRAY['tag' || (a.n % 4)], greatest(a.n - 10, 0)
        FROM authors a, boards b WHERE b.slug = 'feedback'`);
    await t.db.dataSource.query(
      `INSERT INTO votes (idea_id, user_id) SELECT id, $1 FROM ideas ORDER BY vote_count DESC LIMIT 7`,
      [member.id],
    );

    const ideaType = await t.gql<{ __type: { fields: Array<{ name: string }> } }>(
      `{ __type(name: "Idea") { fields { name } } }`,
    );
    const existing = new Set(ideaType.data!.__type.fields.map((f) => f.name));
    const optional = Object.entries(OPTIONAL_IDEA_FIELDS)
      .filter(([name]) => existing.has(name))
      .map(([, selection]) => selection);
    query = `query ($first: Int!, $sort: IdeaSort!) {
      ideas(boardSlug: "feedback", first: $first, sort: $sort) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { ${[...IDEA_FIELDS, ...optional].join('\n')} } }
      }
    }`;
    counter = countStatements(t.db.dataSource);
  });
  afterAll(() => t.close());

  async function statementsFor(first: number, sort: string, headers?: Record<string, string>): Promise<number> {
    const before = counter.count;
    const response = await t.gql<{ ideas: { edges: unknown[] } }>(query, { first, sort }, headers);
    expect(response.errors).toBeUndefined();
    expect(response.data!.ideas.edges).toHaveLength(first);
    return counter.count - before;
  }

  it.each(['TOP', 'TRENDING', 'NEW'])('costs the same for 5 and 20 ideas (%s, anonymous)', async (sort) => {
    const five = await statementsFor(5, sort);
    const twenty = await statementsFor(20, sort);
    expect(twenty).toBe(five);
    expect(five).toBeGreaterThan(0);
    expect(five).toBeLessThanOrEqual(4 + Object.keys(OPTIONAL_IDEA_FIELDS).length + 2);
  });

  it('costs the same for 5 and 20 ideas when signed in', async () => {
    const five = await statementsFor(5, 'TOP', member.headers);
    const twenty = await statementsFor(20, 'TOP', member.headers);
    expect(twenty).toBe(five);
  });

  it('counts statements for real (a second page query adds exactly its own statements)', async () => {
    const before = counter.count;
    await t.gql('{ boards { slug } }');
    expect(counter.count - before).toBe(1);
  });
});
