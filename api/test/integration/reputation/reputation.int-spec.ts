import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { rebuildReputation } from '../../../src/modules/reputation/reputation-rules.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createMembers } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { COMMENT, STATUS, VOTE, ok, settled, submitIdea } from '../../utils/follow-up-work.js';

const MARK = `mutation ($id: ID!) { markHelpfulAnswer(commentId: $id) { id helpful } }`;
const UNMARK = `mutation ($id: ID!) { unmarkHelpfulAnswer(commentId: $id) { id helpful } }`;
const PROFILE = `query ($id: ID!) {
  user(id: $id) {
    id displayName reputation
    badges { kind name description }
    ideas(first: 10) { totalCount edges { node { id title } } }
    answers(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id helpful idea { id title } } } }
  }
  badgeCatalog { kind name }
}`;

describe('helpful answers, reputation and badges', () => {
  let t: TestApp;
  let alice: TestAccount;
  let bob: TestAccount;
  let carol: TestAccount;
  let pm: TestAccount;
  let a1: string;
  let b1: string;
  const bobsAnswers: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    alice = await signUpAs(t, 'member', 'Alice Author');
    bob = await signUpAs(t, 'member', 'Bob Builder');
    carol = await signUpAs(t, 'member', 'Carol Commenter');
    pm = await signUpAs(t, 'product_manager');
  });
  afterAll(() => t.close());

  async function kept(): Promise<Record<string, number>> {
    const rows = await t.db.dataSource.query<Array<{ id: string; reputation: number }>>(
      `SELECT id, reputation FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [[alice.id, bob.id, carol.id, pm.id]],
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.reputation]));
  }

  async function comment(who: TestAccount, ideaId: string, body: string): Promise<string> {
    return (await ok<{ postComment: { id: string } }>(t, COMMENT, { input: { ideaId, body } }, who)).postComment.id;
  }

  it('loads the demo board with its history already scored (a first run shows a leaderboard)', async () => {
    const rows = await t.db.dataSource.query<Array<{ email: string; reputation: number; helpful: number }>>(
      `SELECT u.email, u.reputation,
              (SELECT count(*)::int FROM comments c WHERE c.author_id = u.id AND c.helpful_at IS NOT NULL) AS helpful
         FROM users u WHERE u.email IN ('member@example.com', 'voter11@example.com') ORDER BY u.email`,
    );
    // The demo member: first idea (5) + 8 votes from others on "Templates for recurring notes" (8).
    // Voter 11 answered it; the member marked that answer helpful (15), and voter 11 has no idea of their own.
    expect(rows).toEqual([
      { email: 'member@example.com', reputation: 13, helpful: 0 },
      { email: 'voter11@example.com', reputation: 15, helpful: 1 },
    ]);
  });

  it('runs a realistic sequence with the expected points', async () => {
    a1 = await submitIdea(t, alice, 'Alice first idea');
    await submitIdea(t, alice, 'Alice second idea');
    b1 = await submitIdea(t, bob, 'Bob first idea');

    // 25 votes from others on A1 (capped at 20 points); alice's own vote on B1 counts for bob.
    for (const m of await createMembers(t, 25)) await ok(t, VOTE, { id: a1 }, m);
    const three = await createMembers(t, 3);
    for (const m of three) await ok(t, VOTE, { id: b1 }, m);
    await ok(t, `mutation ($id: ID!) { retractVote(ideaId: $id) { id } }`, { id: b1 }, three[0]);
    await ok(t, VOTE, { id: b1 }, alice);
    await ok(t, VOTE, { id: b1 }, bob); // a self-vote never counts (the author already backs it)

    await ok(t, STATUS, { input: { ideaId: a1, statusKey: 'planned', note: '' } }, pm);
    await ok(t, STATUS, { input: { ideaId: a1, statusKey: 'done', note: '' } }, pm);
    await ok(t, STATUS, { input: { ideaId: a1, statusKey: 'planned', note: '' } }, pm); // reached before: no change
    await settled(t);

    // Bob answers five times on alice's idea; alice (the idea's author) marks them helpful.
    for (let i = 0; i < 5; i++) bobsAnswers.push(await comment(bob, a1, `Answer number ${i}`));
    for (const id of bobsAnswers) {
      expect(await ok(t, MARK, { id }, alice)).toEqual({ markHelpfulAnswer: { id, helpful: true } });
    }
    expect(await ok(t, MARK, { id: bobsAnswers[0] }, alice)).toEqual({
      markHelpfulAnswer: { id: bobsAnswers[0], helpful: true },
    }); // idempotent
    // Staff mark and unmark carol's comment: no points left over.
    const carols = await comment(carol, b1, 'Try the settings page');
    await ok(t, MARK, { id: carols }, pm);
    expect(await ok(t, UNMARK, { id: carols }, pm)).toEqual({ unmarkHelpfulAnswer: { id: carols, helpful: false } });
    await settled(t);

    expect(await kept()).toEqual({
      [alice.id]: 5 + 20 + 10 + 25,
      [bob.id]: 5 + 3 + 5 * 15,
      [carol.id]: 0,
      [pm.id]: 0,
    });
  });

  it('refuses helpful marks from others and on one’s own comment', async () => {
    const carols = await comment(carol, a1, 'Another thought');
    const byBob = await t.gql(MARK, { id: carols }, bob.headers);
    expect(byBob.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_IDEA_AUTHOR' });
    const own = await comment(alice, a1, 'My own note');
    const byAuthor = await t.gql(MARK, { id: own }, alice.headers);
    expect(byAuthor.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_COMMENT' });
    expect((await t.gql(MARK, { id: carols })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await t.gql(MARK, { id: '00000000-0000-4000-8000-000000000000' }, alice.headers);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('rebuilds reputation from history to exactly the kept values', async () => {
    const awards = () =>
      t.db.dataSource.query(
        `SELECT user_id, reason, subject_id, board_id, points FROM reputation_awards
          WHERE user_id = ANY($1::uuid[]) ORDER BY user_id, reason, subject_id`,
        [[alice.id, bob.id, carol.id, pm.id]],
      );
    const keptValues = await kept();
    const keptAwards = await awards();
    // Scramble the kept values, then rebuild.
    await t.db.dataSource.query(`UPDATE users SET reputation = 999 WHERE id = ANY($1::uuid[])`, [
      Object.keys(keptValues),
    ]);
    await t.db.dataSource.transaction((tx) => rebuildReputation(tx));
    expect(await kept()).toEqual(keptValues);
    expect(await awards()).toEqual(keptAwards);
  });

  it('shows badges, helpful answers and ideas on the public profile', async () => {
    const alicePage = await ok<{
      user: { reputation: number; badges: Array<{ kind: string }>; ideas: { totalCount: number } };
    }>(t, PROFILE, { id: alice.id }, carol);
    expect(alicePage.user.reputation).toBe(60);
    expect(alicePage.user.badges.map((b) => b.kind)).toEqual(['FIRST_IDEA']);
    expect(alicePage.user.ideas.totalCount).toBe(2);

    // A1 went back to Planned; shipping it again earns the badge (computed from the current record) but no new points.
    await ok(t, STATUS, { input: { ideaId: a1, statusKey: 'done', note: '' } }, pm);
    await settled(t);
    const bobPage = await t.gql<{
      user: {
        reputation: number;
        badges: Array<{ kind: string; name: string }>;
        answers: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; helpful: boolean; idea: { id: string; title: string } } }>;
        };
      };
      badgeCatalog: Array<{ kind: string; name: string }>;
    }>(PROFILE, { id: bob.id });
    expect(bobPage.errors).toBeUndefined();
    const bobUser = bobPage.data!.user;
    expect(bobUser.reputation).toBe(83);
    expect(bobUser.badges.map((b) => b.kind)).toEqual(['FIRST_IDEA', 'FIVE_HELPFUL_ANSWERS']);
    expect(bobUser.answers.totalCount).toBe(5);
    expect(bobUser.answers.edges.every((e) => e.node.helpful)).toBe(true);
    // Each answer names the idea it answers, so a profile can link to it.
    expect(bobUser.answers.edges.map((e) => e.node.idea)).toEqual(Array(3).fill({ id: a1, title: 'Alice first idea' }));
    // The catalog lists every badge, earned or not, in the order badges come in.
    expect(bobPage.data!.badgeCatalog.map((b) => b.kind)).toEqual([
      'FIRST_IDEA',
      'HUNDRED_VOTES',
      'SHIPPED',
      'FIVE_HELPFUL_ANSWERS',
    ]);
    expect(bobPage.data!.badgeCatalog.find((b) => b.kind === 'FIVE_HELPFUL_ANSWERS')?.name).toBe('Helper');
    const next = await t.gql<{ user: { answers: { edges: Array<{ node: { id: string } }> } } }>(
      `query ($id: ID!, $after: String) { user(id: $id) { answers(first: 10, after: $after) { edges { node { id } } } } }`,
      { id: bob.id, after: bobUser.answers.pageInfo.endCursor },
    );
    const seen = [
      ...bobUser.answers.edges.map((e) => e.node.id),
      ...next.data!.user.answers.edges.map((e) => e.node.id),
    ];
    expect(seen.sort()).toEqual([...bobsAnswers].sort());

    const shipped = await ok<{ user: { badges: Array<{ kind: string }>; reputation: number } }>(
      t,
      PROFILE,
      { id: alice.id },
      alice,
    );
    expect(shipped.user.badges.map((b) => b.kind)).toEqual(['FIRST_IDEA', 'SHIPPED']);
    expect(shipped.user.reputation).toBe(60);
    expect((await t.gql(`{ user(id: "00000000-0000-4000-8000-000000000000") { id } }`)).data).toEqual({ user: null });
  });

  it('ranks a board leaderboard for all time and the last 30 days', async () => {
    const q = `query ($period: LeaderboardPeriod!) {
      leaderboard(boardSlug: "feedback", period: $period, first: 20) { rank points user { id displayName } }
    }`;
    const all = await t.gql<{ leaderboard: Array<{ rank: number; points: number; user: { id: string } }> }>(q, {
      period: 'ALL_TIME',
    });
    // The rebuild above also credited the demo board's authors from its history; ours lead.
    const board = all.data!.leaderboard;
    expect(board.slice(0, 2).map((e) => [e.rank, e.user.id, e.points])).toEqual([
      [1, bob.id, 83],
      [2, alice.id, 60],
    ]);
    expect(board.map((e) => e.rank)).toEqual(board.map((_, i) => i + 1));
    expect([...board].sort((a, b) => b.points - a.points)).toEqual(board);
    // Alice's vote points were awarded long ago: they drop out of the 30-day board.
    await t.db.dataSource.query(
      `UPDATE reputation_awards SET awarded_at = now() - interval '40 days' WHERE user_id = $1 AND reason = 'votes'`,
      [alice.id],
    );
    const recent = await t.gql<{ leaderboard: Array<{ points: number; user: { id: string } }> }>(q, {
      period: 'LAST_30_DAYS',
    });
    const points = new Map(recent.data!.leaderboard.map((e) => [e.user.id, e.points]));
    expect([points.get(bob.id), points.get(alice.id)]).toEqual([83, 40]);
    const hidden = await t.gql(`{ leaderboard(boardSlug: "nope") { rank } }`);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
