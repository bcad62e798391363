import { DomainEventBus, type DomainEvents } from '../../../src/core/events/domain-events.js';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createIdea, createMembers, createPrivateIdea } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { castVoteInTransaction } from '../../../src/modules/votes/vote-writes.js';
import { POINTS, votePointsOf } from '../../../src/modules/reputation/reputation-rules.js';
import { countStatements } from '../../utils/statement-counter.js';

const CAST = `mutation ($id: ID!) { castVote(ideaId: $id) { id voteCount viewerHasVoted } }`;
const RETRACT = `mutation ($id: ID!) { retractVote(ideaId: $id) { id voteCount viewerHasVoted } }`;

interface VoteResult {
  castVote?: { id: string; voteCount: number; viewerHasVoted: boolean };
  retractVote?: { id: string; voteCount: number; viewerHasVoted: boolean };
}

describe('votes', () => {
  let t: TestApp;
  let member: TestAccount;
  const events: Array<{ name: string; payload: DomainEvents['vote.cast'] }> = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    member = await signUpAs(t, 'member');
    const bus = t.app.get(DomainEventBus);
    bus.on('vote.cast', (payload) => events.push({ name: 'vote.cast', payload }));
    bus.on('vote.retracted', (payload) => events.push({ name: 'vote.retracted', payload }));
  });
  afterAll(() => t.close());

  async function counts(ideaId: string): Promise<{ voteCount: number; rows: number; trend: number }> {
    const [row] = await t.db.dataSource.query<Array<{ voteCount: number; rows: number; trend: number }>>(
      `SELECT vote_count AS "voteCount", trend_score AS trend,
              (SELECT count(*)::int FROM votes WHERE idea_id = $1) AS rows
         FROM ideas WHERE id = $1`,
      [ideaId],
    );
    return row;
  }

  it('counts 200 distinct members voting on one idea at once exactly', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    const members = await createMembers(t, 200);
    const responses = await Promise.all(members.map((m) => t.gql<VoteResult>(CAST, { id: ideaId }, m.headers)));
    expect(responses.filter((r) => r.errors)).toEqual([]);
    expect(responses.every((r) => r.data?.castVote?.viewerHasVoted === true)).toBe(true);
    // Every response saw its own vote counted, and the counts handed out are exactly 1..200.
    expect(new Set(responses.map((r) => r.data!.castVote!.voteCount)).size).toBe(200);
    const after = await counts(ideaId);
    expect(after.voteCount).toBe(200);
    expect(after.rows).toBe(200);
  }, 90_000);

  it('counts one member sending 32 identical votes at once once, and emits one event', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    const before = await counts(ideaId);
    events.length = 0;
    const responses = await Promise.all(
      Array.from({ length: 32 }, () => t.gql<VoteResult>(CAST, { id: ideaId }, member.headers)),
    );
    expect(responses.filter((r) => r.errors)).toEqual([]);
    expect(responses.map((r) => r.data!.castVote!.voteCount)).toEqual(Array(32).fill(1));
    const after = await counts(ideaId);
    expect(after).toMatchObject({ voteCount: 1, rows: 1 });
    expect(after.trend).toBeGreaterThan(before.trend); // the vote counts as activity, once
    await new Promise((resolve) => setImmediate(resolve));
    const [{ boardId }] = await t.db.dataSource.query<Array<{ boardId: string }>>(
      `SELECT board_id AS "boardId" FROM ideas WHERE id = $1`,
      [ideaId],
    );
    expect(events).toEqual([{ name: 'vote.cast', payload: { ideaId, userId: member.id, voteCount: 1, boardId } }]);
  });

  it('retracts a vote, and retracting again is a harmless no-op', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    await t.gql(CAST, { id: ideaId }, member.headers);
    events.length = 0;
    const first = await t.gql<VoteResult>(RETRACT, { id: ideaId }, member.headers);
    const second = await t.gql<VoteResult>(RETRACT, { id: ideaId }, member.headers);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(first.data!.retractVote).toEqual({ id: ideaId, voteCount: 0, viewerHasVoted: false });
    expect(second.data!.retractVote).toEqual({ id: ideaId, voteCount: 0, viewerHasVoted: false });
    expect(await counts(ideaId)).toMatchObject({ voteCount: 0, rows: 0 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.map((e) => e.name)).toEqual(['vote.retracted']);
  });

  it('refuses votes on a Done idea with CONFLICT VOTING_CLOSED', async () => {
    const ideaId = await createIdea(t.db.dataSource, 'done');
    const response = await t.gql(CAST, { id: ideaId }, member.headers);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VOTING_CLOSED' });
    expect(await counts(ideaId)).toMatchObject({ voteCount: 0, rows: 0 });
  });

  it('refuses votes on a merged idea', async () => {
    const target = await createIdea(t.db.dataSource);
    const merged = await createIdea(t.db.dataSource);
    await t.db.dataSource.query(`UPDATE ideas SET merged_into_id = $2 WHERE id = $1`, [merged, target]);
    const response = await t.gql(CAST, { id: merged }, member.headers);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEA_MERGED' });
  });

  it('asks anonymous visitors to sign in', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    for (const mutation of [CAST, RETRACT]) {
      const response = await t.gql(mutation, { id: ideaId });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await counts(ideaId)).toMatchObject({ voteCount: 0, rows: 0 });
  });

  it('answers NOT_FOUND for unknown, deleted and invisible ideas', async () => {
    const deleted = await createIdea(t.db.dataSource);
    await t.db.dataSource.query(`UPDATE ideas SET deleted_at = now() WHERE id = $1`, [deleted]);
    const secret = await createPrivateIdea(t.db.dataSource);
    for (const id of [deleted, secret, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await t.gql(CAST, { id }, member.headers);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await counts(secret)).toMatchObject({ voteCount: 0, rows: 0 });
    // Staff may see private boards, so they may vote there.
    const pm = await signUpAs(t, 'product_manager');
    const staffVote = await t.gql<VoteResult>(CAST, { id: secret }, pm.headers);
    expect(staffVote.data?.castVote?.voteCount).toBe(1);
  });

  it('tells each viewer which ideas of a list they back', async () => {
    const voter = await signUpAs(t, 'member');
    const list = `{ ideas(boardSlug: "feedback", sort: NEW, first: 100) { edges { node { id viewerHasVoted } } } }`;
    const a = await createIdea(t.db.dataSource);
    await createIdea(t.db.dataSource);
    const b = await createIdea(t.db.dataSource);
    for (const id of [a, b]) expect((await t.gql(CAST, { id }, voter.headers)).errors).toBeUndefined();

    type Voted = { ideas: { edges: Array<{ node: { id: string; viewerHasVoted: boolean } }> } };
    const mine = await t.gql<Voted>(list, {}, voter.headers);
    const voted = mine.data!.ideas.edges.filter((e) => e.node.viewerHasVoted).map((e) => e.node.id);
    expect(voted.sort()).toEqual([a, b].sort());
    expect(mine.data!.ideas.edges.length).toBeGreaterThan(3);

    const anonymous = await t.gql<Voted>(list);
    expect(anonymous.data!.ideas.edges.every((e) => !e.node.viewerHasVoted)).toBe(true);
  });

  it("lets submitIdea back the author's new idea inside its own transaction", async () => {
    const ideaId = await t.db.dataSource.transaction(async (tx) => {
      const [{ id }] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO ideas (board_id, author_id, status_id, title)
         SELECT b.id, $1, s.id, 'Submitted with its author vote'
           FROM boards b JOIN statuses s ON s.board_id = b.id AND s.key = 'open' WHERE b.slug = 'feedback'
         RETURNING id`,
        [member.id],
      );
      expect(await castVoteInTransaction(tx, id, member.id)).toEqual({ changed: true, voteCount: 1 });
      expect(await castVoteInTransaction(tx, id, member.id)).toEqual({ changed: false, voteCount: 1 });
      return id;
    });
    expect(await counts(ideaId)).toMatchObject({ voteCount: 1, rows: 1 });
    const rolledBack = await t.db.dataSource
      .transaction(async (tx) => {
        await castVoteInTransaction(tx, ideaId, (await signUpAs(t, 'member')).id);
        throw new Error('submit failed later');
      })
      .catch((error: Error) => error.message);
    expect(rolledBack).toBe('submit failed later');
    expect(await counts(ideaId)).toMatchObject({ voteCount: 1, rows: 1 });
  });

  describe('the same work however many votes an idea has', () => {
    /** An open idea with `votes` votes from fresh members, counters as the app keeps them. */
    async function ideaWithVotes(votes: number): Promise<string> {
      const ideaId = await createIdea(t.db.dataSource);
      await t.db.dataSource.query(
        `WITH voters AS (
           INSERT INTO users (email, display_name, password_hash)
           SELECT 'voter-' || md5(random()::text) || '@example.test', 'Voter', 'unusable' FROM generate_series(1, $2)
           RETURNING id),
         added AS (INSERT INTO votes (idea_id, user_id) SELECT $1, id FROM voters RETURNING 1)
         UPDATE ideas SET vote_count = (SELECT count(*) FROM added) WHERE id = $1`,
        [ideaId, votes],
      );
      return ideaId;
    }
    const jobsEnqueued = async () => {
      const [{ n }] = await t.db.dataSource.query<Array<{ n: string }>>(
        `SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('graphile_worker._private_jobs', 'id')::regclass), 0) AS n`,
      );
      return Number(n);
    };

    it('casts with one statement besides the session and the rate limit, on an idea with 25 votes or 2,500', async () => {
      const counter = countStatements(t.db.dataSource);
      const statementsFor = async (ideaId: string) => {
        const voter = (await createMembers(t, 1))[0];
        const before = counter.count;
        const response = await t.gql<VoteResult>(CAST, { id: ideaId }, voter.headers);
        expect(response.errors).toBeUndefined();
        return counter.count - before;
      };
      // (Both past the reputation cap and no milestone: no follow-up job runs on this pool meanwhile.)
      const few = await statementsFor(await ideaWithVotes(25));
      const many = await statementsFor(await ideaWithVotes(2_500));
      // The session lookup, the rate limit's counter, the vote; viewerHasVoted of the answer is one more.
      expect(few).toBe(many);
      expect(many).toBeLessThanOrEqual(4);
    });

    it('enqueues no follow-up job for a vote that changes no points, milestone or webhook', async () => {
      const popular = await ideaWithVotes(300);
      const fresh = await ideaWithVotes(0);
      const [voter] = await createMembers(t, 1);
      let before = await jobsEnqueued();
      expect((await t.gql<VoteResult>(CAST, { id: popular }, voter.headers)).errors).toBeUndefined();
      expect(await jobsEnqueued()).toBe(before);
      // A first vote still earns the author a point: its reputation job is enqueued.
      before = await jobsEnqueued();
      expect((await t.gql<VoteResult>(CAST, { id: fresh }, voter.headers)).errors).toBeUndefined();
      expect(await jobsEnqueued()).toBe(before + 1);
      const [{ follows }] = await t.db.dataSource.query<Array<{ follows: number }>>(
        `SELECT count(*)::int AS follows FROM idea_follows WHERE user_id = $1 AND idea_id IN ($2, $3)`,
        [voter.id, popular, fresh],
      );
      expect(follows).toBe(2); // the voter follows both ideas, in the vote's own statement
    });

    it("reads the author's vote points with a primary-key probe, not the idea's votes", async () => {
      const popular = await ideaWithVotes(300);
      const [{ authorId }] = await t.db.dataSource.query<Array<{ authorId: string }>>(
        `SELECT author_id AS "authorId" FROM ideas WHERE id = $1`,
        [popular],
      );
      const votesRead = `SELECT (seq_tup_read + coalesce(idx_tup_fetch, 0))::int AS n FROM pg_stat_xact_user_tables WHERE relname = 'votes'`;
      const { points, read } = await t.db.dataSource.transaction(async (tx) => {
        const [{ n: before }] = await tx.query<Array<{ n: number }>>(votesRead);
        const points = await votePointsOf(tx, popular, authorId);
        const [{ n: after }] = await tx.query<Array<{ n: number }>>(votesRead);
        return { points, read: after - before };
      });
      expect(points).toBe(POINTS.votesCapPerIdea * POINTS.perVote);
      expect(read).toBeLessThanOrEqual(1);
    });
  });

  it('keeps every vote counter equal to its rows', async () => {
    const [{ mismatches }] = await t.db.dataSource.query<Array<{ mismatches: number }>>(
      `SELECT count(*)::int AS mismatches FROM ideas i
        WHERE i.vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)`,
    );
    expect(mismatches).toBe(0);
  });
});
