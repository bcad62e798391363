import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createMembers } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

type Member = { id: string; headers: Record<string, string> };
interface Figures {
  weeks: Array<{ ideas: number; votes: number; comments: number }>;
  members: { active: number; new: number; returning: number };
  topContributors: Array<{ user: { id: string }; ideas: number; comments: number; votes: number }>;
}

const FIGURES = `query ($from: DateTime!, $to: DateTime!) {
  boardAnalytics(boardSlug: "feedback", from: $from, to: $to) {
    weeks { ideas votes comments } members { active new returning } topContributors { user { id } ideas comments votes }
  } }`;

/**
 * The daily rollups are folded from stale-day marks that triggers write. These tests make real
 * writes through the API (alone and concurrently with dashboard loads) and check that the
 * rollups always equal a recount from the rows, and the figures equal those after a full rebuild.
 */
describe('analytics rollups', () => {
  let t: TestApp;
  let admin: TestAccount;
  let pm: TestAccount;
  let members: Member[];
  let boardId: string;
  // Today's week and the 5 before it, midnight to midnight.
  const day = 86_400_000;
  const to = new Date(Math.floor(Date.now() / day) * day + day);
  const from = new Date(to.getTime() - 42 * day);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource); // a board with months of history
    admin = await signUpAs(t, 'admin');
    pm = await signUpAs(t, 'product_manager');
    members = await createMembers(t, 12);
    [{ id: boardId }] = await t.db.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM boards WHERE slug = 'feedback'`,
    );
  });
  afterAll(() => t.close());

  const gqlOk = async <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const r = await t.gql<T>(query, variables, headers);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const figures = () =>
    gqlOk<{ boardAnalytics: Figures }>(FIGURES, { from, to }, pm.headers).then((d) => d.boardAnalytics);
  const totals = (f: Figures) =>
    f.weeks.reduce(
      (sum, w) => ({ ideas: sum.ideas + w.ideas, votes: sum.votes + w.votes, comments: sum.comments + w.comments }),
      { ideas: 0, votes: 0, comments: 0 },
    );
  const submit = (m: Member | TestAccount, title: string) =>
    gqlOk<{ submitIdea: { id: string } }>(
      `mutation ($title: String!) { submitIdea(input: { boardSlug: "feedback", title: $title }) { id } }`,
      { title },
      m.headers,
    ).then((d) => d.submitIdea.id);
  const vote = (m: Member, ideaId: string) =>
    gqlOk(`mutation ($id: ID!) { castVote(ideaId: $id) { id } }`, { id: ideaId }, m.headers);
  const retract = (m: Member, ideaId: string) =>
    gqlOk(`mutation ($id: ID!) { retractVote(ideaId: $id) { id } }`, { id: ideaId }, m.headers);
  const comment = (m: Member, ideaId: string) =>
    gqlOk<{ postComment: { id: string } }>(
      `mutation ($id: ID!) { postComment(input: { ideaId: $id, body: "Same here" }) { id } }`,
      { id: ideaId },
      m.headers,
    ).then((d) => d.postComment.id);

  /** The member-day rollup after folding, and the same figures recounted from every row. */
  async function rollupAndRecount() {
    const db = t.db.dataSource;
    await db.query(`SELECT analytics_refresh($1)`, [boardId]);
    const rollup = await db.query<unknown[]>(
      `SELECT day::text, user_id, ideas, votes, comments, first_at, cum_ideas, cum_votes, cum_comments
         FROM analytics_member_days WHERE board_id = $1 ORDER BY day, user_id`,
      [boardId],
    );
    // Each member's running totals are recounted too.
    const recount = await db.query<unknown[]>(
      `SELECT *, (sum(ideas) OVER w)::int AS cum_ideas, (sum(votes) OVER w)::int AS cum_votes,
              (sum(comments) OVER w)::int AS cum_comments
         FROM (SELECT (at AT TIME ZONE 'UTC')::date::text AS day, user_id,
                      count(*) FILTER (WHERE kind = 'idea')::int AS ideas, count(*) FILTER (WHERE kind = 'vote')::int AS votes,
                      count(*) FILTER (WHERE kind = 'comment')::int AS comments, min(at) AS first_at
                 FROM analytics_activity($1, '-infinity', 'infinity') GROUP BY 1, 2) d
       WINDOW w AS (PARTITION BY user_id ORDER BY day)
       ORDER BY day, user_id`,
      [boardId],
    );
    const boardDays = await db.query<unknown[]>(
      `SELECT day::text, ideas, votes, comments FROM analytics_board_days WHERE board_id = $1 ORDER BY day`,
      [boardId],
    );
    const boardRecount = await db.query<unknown[]>(
      `SELECT day::text, sum(ideas)::int AS ideas, sum(votes)::int AS votes, sum(comments)::int AS comments
         FROM analytics_member_days WHERE board_id = $1 GROUP BY day ORDER BY day`,
      [boardId],
    );
    // Each member's last day and totals, as kept on the member row.
    const members = await db.query<unknown[]>(
      `SELECT user_id, last_day::text, ideas, votes, comments FROM analytics_members
        WHERE board_id = $1 AND last_day IS NOT NULL ORDER BY user_id`,
      [boardId],
    );
    const membersRecount = await db.query<unknown[]>(
      `SELECT user_id, max((at AT TIME ZONE 'UTC')::date)::text AS last_day,
              count(*) FILTER (WHERE kind = 'idea')::int AS ideas, count(*) FILTER (WHERE kind = 'vote')::int AS votes,
              count(*) FILTER (WHERE kind = 'comment')::int AS comments
         FROM analytics_activity($1, '-infinity', 'infinity') GROUP BY 1 ORDER BY 1`,
      [boardId],
    );
    return { rollup, recount, boardDays, boardRecount, members, membersRecount };
  }

  async function expectExact(): Promise<void> {
    const { rollup, recount, boardDays, boardRecount, members, membersRecount } = await rollupAndRecount();
    expect(rollup.length).toBeGreaterThan(0);
    expect(rollup).toEqual(recount);
    expect(boardDays).toEqual(boardRecount);
    expect(members).toEqual(membersRecount);
    // The figures are the same when every day is recomputed from scratch.
    const before = await figures();
    await t.db.dataSource.query(
      `INSERT INTO analytics_stale_days (board_id, day) SELECT $1, day FROM analytics_board_days WHERE board_id = $1`,
      [boardId],
    );
    await t.db.dataSource.query(`DELETE FROM analytics_member_days WHERE board_id = $1`, [boardId]);
    await t.db.dataSource.query(`DELETE FROM analytics_board_days WHERE board_id = $1`, [boardId]);
    expect(await figures()).toEqual(before);
  }

  it('follows votes, retractions, comments, deletions, a merge and an unmerge exactly', async () => {
    const [a, b, c, d] = members;
    const start = totals(await figures());

    const first = await submit(a, 'Rollup test idea number one');
    const second = await submit(b, 'Rollup test idea number two');
    await vote(c, first);
    await vote(d, first);
    await vote(c, second);
    await comment(d, first);
    const gone = await comment(c, second);
    // Submitting includes the author's own vote, which is not counted as a vote.
    expect(totals(await figures())).toEqual({
      ideas: start.ideas + 2,
      votes: start.votes + 3,
      comments: start.comments + 2,
    });

    await retract(d, first);
    await gqlOk(`mutation ($id: ID!) { deleteComment(id: $id) }`, { id: gone }, c.headers);
    expect(totals(await figures())).toEqual({
      ideas: start.ideas + 2,
      votes: start.votes + 2,
      comments: start.comments + 1,
    });
    await expectExact();

    // Merging copies second's votes (b's own, c's) onto first: c already backs first, b is copied.
    await gqlOk(
      `mutation ($s: ID!, $t: ID!) { mergeIdeas(input: { sourceId: $s, targetId: $t }) { voteCount } }`,
      { s: second, t: first },
      admin.headers,
    );
    expect(totals(await figures()).votes).toBe(start.votes + 2);
    await expectExact();
    await gqlOk(`mutation ($id: ID!) { unmergeIdea(id: $id) { id } }`, { id: second }, admin.headers);
    expect(totals(await figures()).votes).toBe(start.votes + 2);

    // Deleting an idea takes its votes and comments out of every day they were on.
    await gqlOk(`mutation ($id: ID!) { deleteIdea(id: $id) }`, { id: first }, admin.headers);
    expect(totals(await figures())).toEqual({
      ideas: start.ideas + 1,
      votes: start.votes + 1,
      comments: start.comments,
    });
    await expectExact();
  });

  it('stays exact when votes, retractions and comments race dashboard loads', async () => {
    const ideas = await Promise.all([0, 1, 2].map((i) => submit(pm, `Concurrent rollup idea ${i}`)));
    const start = totals(await figures());
    const writes = members.flatMap((m, i) => [
      (async () => {
        for (const id of ideas) await vote(m, id);
        if (i % 3 === 0) await retract(m, ideas[0]);
      })(),
      comment(m, ideas[i % 3]),
    ]);
    const loads = Array.from({ length: 6 }, () => figures());
    await Promise.all([...writes, ...loads]);
    const retracted = members.filter((_, i) => i % 3 === 0).length;
    expect(totals(await figures())).toEqual({
      ideas: start.ideas,
      votes: start.votes + members.length * ideas.length - retracted,
      comments: start.comments + members.length,
    });
    await expectExact();
  });
});
