import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { DEMO_IDEAS } from '../../../src/cli/demo-data/demo-data.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

interface IdeaPage {
  ideas: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; title: string; voteCount: number; commentCount: number; status: { key: string } };
    }>;
  };
}

const IDEAS = `query ($sort: IdeaSort, $first: Int, $after: String, $status: String, $tag: String, $search: String) {
  ideas(boardSlug: "feedback", sort: $sort, first: $first, after: $after, status: $status, tag: $tag, search: $search) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title voteCount commentCount status { key } } }
  }
}`;

describe('idea list on the demo board', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    expect(await seedDemo(t.db.dataSource)).toBe(true);
  });
  afterAll(() => t.close());

  it('loads the demo data once', async () => {
    expect(await seedDemo(t.db.dataSource)).toBe(false);
    const { data } = await t.gql<IdeaPage>(IDEAS, { sort: 'TOP', first: 50 });
    expect(data?.ideas.totalCount).toBe(DEMO_IDEAS.length);
    const votes = data!.ideas.edges.map((e) => e.node.voteCount);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    expect(data!.ideas.edges[0].node.title).toBe('Dark mode for the editor');
  });

  it('keeps denormalised counters equal to the rows they count', async () => {
    const rows = await t.db.dataSource.query<Array<{ mismatches: number }>>(`
      SELECT count(*)::int AS mismatches FROM ideas i
       WHERE i.vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)
          OR i.comment_count <> (SELECT count(*) FROM comments c WHERE c.idea_id = i.id AND c.deleted_at IS NULL)`);
    expect(rows[0].mismatches).toBe(0);
  });

  it('filters by status, tag and full-text search', async () => {
    const planned = await t.gql<IdeaPage>(IDEAS, { status: 'planned' });
    expect(planned.data!.ideas.edges.map((e) => e.node.status.key)).toEqual(['planned', 'planned']);
    const mobile = await t.gql<IdeaPage>(IDEAS, { tag: 'mobile', sort: 'TOP' });
    expect(mobile.data!.ideas.edges.map((e) => e.node.title)).toEqual([
      'Offline mode on mobile',
      'Handwriting support with a stylus',
    ]);
    const search = await t.gql<IdeaPage>(IDEAS, { search: 'exporting notebooks' });
    expect(search.data!.ideas.edges.map((e) => e.node.title)).toEqual(['Export notes to Markdown and PDF']);
  });

  it.each(['TOP', 'NEW', 'TRENDING', 'OLDEST'])(
    'pages through %s without skipping or repeating while ideas are inserted',
    async (sort) => {
      const seen: string[] = [];
      let after: string | null = null;
      let inserted = 0;
      do {
        const page: { data?: IdeaPage | null } = await t.gql<IdeaPage>(IDEAS, { sort, first: 5, after });
        seen.push(...page.data!.ideas.edges.map((e) => e.node.id));
        after = page.data!.ideas.pageInfo.hasNextPage ? page.data!.ideas.pageInfo.endCursor : null;
        // A new idea lands at the top of every order between page fetches.
        await t.db.dataSource.query(
          `INSERT INTO ideas (board_id, author_id, status_id, title, vote_count, trend_score)
         SELECT board_id, author_id, status_id, 'Inserted while paging ' || $1, 1000, 1e6 FROM ideas LIMIT 1`,
          [`${sort}-${inserted++}`],
        );
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(DEMO_IDEAS.length);
    },
  );

  it('lists one status oldest first, a keyset page at a time (the triage queue)', async () => {
    const db = t.db.dataSource;
    // Same-second ideas would tie on created_at: spread the open ones out, two sharing a time (id breaks it).
    await db.query(`
      UPDATE ideas i SET created_at = now() - make_interval(days => (o.n / 2)::int)
        FROM (SELECT id, row_number() OVER (ORDER BY title) AS n FROM ideas) o WHERE o.id = i.id`);
    const expected = await db.query<Array<{ id: string }>>(`
      SELECT i.id FROM ideas i JOIN statuses s ON s.id = i.status_id
       WHERE s.key = 'open' AND i.deleted_at IS NULL AND i.hidden_at IS NULL AND i.pending_at IS NULL
         AND i.merged_into_id IS NULL AND i.title NOT LIKE 'Inserted while paging%'
       ORDER BY i.created_at, i.id`);
    expect(expected.length).toBeGreaterThan(3);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: IdeaPage | null } = await t.gql<IdeaPage>(IDEAS, {
        sort: 'OLDEST',
        status: 'open',
        first: 2,
        after,
      });
      expect(page.data!.ideas.totalCount).toBeGreaterThanOrEqual(expected.length);
      expect(page.data!.ideas.edges.every((e) => e.node.status.key === 'open')).toBe(true);
      seen.push(...page.data!.ideas.edges.map((e) => e.node.id));
      after = page.data!.ideas.pageInfo.hasNextPage ? page.data!.ideas.pageInfo.endCursor : null;
    } while (after);
    expect(seen.filter((id) => expected.some((row) => row.id === id))).toEqual(expected.map((row) => row.id));
  });

  it('rejects a forged cursor and an oversized page as BAD_USER_INPUT', async () => {
    const forged = await t.gql(IDEAS, { after: 'not-a-cursor' });
    expect(forged.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
    const huge = await t.gql(IDEAS, { first: 1000 });
    expect(huge.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
  });

  it('answers NOT_FOUND for an unknown board', async () => {
    const response = await t.gql(`{ ideas(boardSlug: "nope") { totalCount } }`);
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('listed idea counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
  });
  afterAll(() => t.close());

  it('keeps listed_idea_counts equal to count(*) through every change that decides listing', async () => {
    const db = t.db.dataSource;
    const [a, b, c, d] = await db.query<Array<{ id: string }>>(`SELECT id FROM ideas ORDER BY title LIMIT 4`);
    await db.query(`UPDATE ideas SET deleted_at = now() WHERE id = $1`, [a.id]);
    await db.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [b.id]);
    await db.query(`UPDATE ideas SET merged_into_id = $2 WHERE id = $1`, [c.id, d.id]);
    await db.query(
      `UPDATE ideas SET status_id = (SELECT id FROM statuses WHERE key = 'planned' AND board_id = ideas.board_id) WHERE id = $1`,
      [d.id],
    );
    await db.query(`UPDATE ideas SET hidden_at = NULL WHERE id = $1`, [b.id]);
    await db.query(`UPDATE ideas SET vote_count = vote_count + 1 WHERE id = $1`, [d.id]);
    await db.query(`DELETE FROM ideas WHERE id = $1`, [a.id]);
    const mismatches = await db.query(`
      SELECT * FROM (SELECT board_id, status_id, count(*)::int AS n FROM ideas i
                      WHERE i.deleted_at IS NULL AND i.hidden_at IS NULL AND i.pending_at IS NULL AND i.merged_into_id IS NULL
                      GROUP BY 1, 2) actual
      FULL JOIN listed_idea_counts kept USING (board_id, status_id)
      WHERE coalesce(actual.n, 0) <> coalesce(kept.count, 0)`);
    expect(mismatches).toEqual([]);
    const [{ listed }] = await db.query<Array<{ listed: number }>>(
      `SELECT count(*)::int AS listed FROM ideas WHERE deleted_at IS NULL AND hidden_at IS NULL AND pending_at IS NULL AND merged_into_id IS NULL`,
    );
    expect((await t.gql<IdeaPage>(IDEAS, { first: 1 })).data!.ideas.totalCount).toBe(listed);
    const planned = await t.gql<IdeaPage>(IDEAS, { status: 'planned', first: 50 });
    expect(planned.data!.ideas.totalCount).toBe(planned.data!.ideas.edges.length);
  });
});
