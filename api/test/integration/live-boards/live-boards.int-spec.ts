import type { NestExpressApplication } from '@nestjs/platform-express';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { DomainEventBus } from '../../../src/core/events/domain-events.js';
import { BoardChangesService } from '../../../src/modules/live-boards/board-changes.service.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { COMMENT, STATUS, VOTE, ok, settled } from '../../utils/follow-up-work.js';
import { subscribeLive, waitUntil, type LiveMessages } from '../../utils/live-notifications.js';
import type { TestRedis } from '../../utils/redis-server.js';
import { startTwoInstances } from '../../utils/two-instances.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

interface Change {
  kind: 'ADDED' | 'UPDATED' | 'REMOVED';
  ideaId: string;
  idea: {
    title: string;
    voteCount: number;
    commentCount: number;
    viewerHasVoted: boolean;
    status: { key: string };
  } | null;
}

const WATCH = `subscription ($slug: String!) {
  ideaChanged(boardSlug: $slug) {
    kind ideaId idea { title voteCount commentCount viewerHasVoted status { key } }
  }
}`;
const SUBMIT = `mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { id pending } }`;

async function boardId(t: TestApp, slug: string): Promise<string> {
  const [row] = await t.db.dataSource.query<Array<{ id: string }>>(`SELECT id FROM boards WHERE slug = $1`, [slug]);
  return row.id;
}

async function submit(t: TestApp, who: TestAccount, boardSlug: string, title: string) {
  return (await ok<{ submitIdea: { id: string; pending: boolean } }>(t, SUBMIT, { input: { boardSlug, title } }, who))
    .submitIdea;
}

/** An ideaChanged subscription to `slug` on its own socket. */
const subscribeToBoard = (url: string, headers: Record<string, string>, slug: string) =>
  subscribeLive<Change>(url, headers, { query: WATCH, variables: { slug } }, 'ideaChanged');

/** The next message about `ideaId`, skipping the others (changes this test does not look at). */
async function skipUntil(live: LiveMessages<Change>, ideaId: string): Promise<Change> {
  for (;;) {
    const change = await live.next();
    if (change.ideaId === ideaId) return change;
  }
}

/**
 * Milliseconds from each vote's commit (the bus's after-commit moment, in this process) to its
 * message on `live`, over `votes` votes by fresh members; logged like the webhook latency.
 */
async function commitToSocket(t: TestApp, live: LiveMessages<Change>, ideaId: string, votes: number, label: string) {
  const voters = await Promise.all(Array.from({ length: votes }, () => signUpAs(t)));
  const latencies: number[] = [];
  for (const voter of voters) {
    let committed = 0;
    const stop = t.app.get(DomainEventBus).on('vote.cast', () => (committed = performance.now()));
    await ok(t, VOTE, { id: ideaId }, voter);
    await skipUntil(live, ideaId);
    latencies.push(performance.now() - committed);
    stop();
  }
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(1);
  console.log(
    `live board latency (${label}), commit → socket message, ${votes} votes: ` +
      `median ${ms(latencies[votes >> 1])} ms, max ${ms(latencies[votes - 1])} ms`,
  );
  return latencies;
}

describe('live boards (ideaChanged)', () => {
  let t: TestApp;
  let admin: TestAccount;
  let pm: TestAccount;
  let granted: TestAccount;
  let outsider: TestAccount;
  let privateBoardId: string;
  const open: LiveMessages<Change>[] = [];

  /** A live subscription to `slug`, registered on the server before it returns (none is lost). */
  async function watch(who: TestAccount, slug: string, app: NestExpressApplication = t.app, url = t.url) {
    const id = await boardId(t, slug);
    const before = app.get(BoardChangesService).listenerCount(id);
    const live = subscribeToBoard(url, who.headers, slug);
    open.push(live);
    await waitUntil(() => app.get(BoardChangesService).listenerCount(id), before + 1);
    return live;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    admin = await signUpAs(t, 'admin');
    pm = await signUpAs(t, 'product_manager');
    granted = await signUpAs(t);
    outsider = await signUpAs(t);
    await ok(
      t,
      `mutation { createBoard(input: { slug: "inner", name: "Inner circle", isPrivate: true }) { id } }`,
      {},
      admin,
    );
    await ok(
      t,
      `mutation ($id: ID!) { grantBoardAccess(boardSlug: "inner", userId: $id) { id } }`,
      { id: granted.id },
      admin,
    );
    privateBoardId = await boardId(t, 'inner');
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((live) => live.close()));
  });
  afterAll(() => t.close());

  it('pushes votes, status, comments and new ideas on a private board to a granted member, and refuses an outsider', async () => {
    const ideaId = (await submit(t, granted, 'inner', 'Private roadmap idea')).id;
    await settled(t);
    const member = await watch(granted, 'inner');
    const refused = subscribeToBoard(t.url, outsider.headers, 'inner');
    open.push(refused);
    await expect(refused.next()).rejects.toThrow(/"code":"NOT_FOUND"/);
    // The outsider watching the public board hears nothing of the private one.
    const publicWatcher = await watch(outsider, 'feedback');
    expect(t.app.get(BoardChangesService).listenerCount(privateBoardId)).toBe(1);

    await ok(t, VOTE, { id: ideaId }, pm);
    await expect(member.next()).resolves.toEqual({
      kind: 'UPDATED',
      ideaId,
      idea: {
        title: 'Private roadmap idea',
        voteCount: 2,
        commentCount: 0,
        viewerHasVoted: true,
        status: { key: 'open' },
      },
    });
    await ok(t, STATUS, { input: { ideaId, statusKey: 'planned', note: '' } }, pm);
    await expect(member.next()).resolves.toMatchObject({ kind: 'UPDATED', idea: { status: { key: 'planned' } } });
    await ok(t, COMMENT, { input: { ideaId, body: 'Count me in' } }, pm);
    await expect(member.next()).resolves.toMatchObject({ kind: 'UPDATED', idea: { commentCount: 1 } });
    const second = (await submit(t, pm, 'inner', 'Another private idea')).id;
    await expect(member.next()).resolves.toMatchObject({
      kind: 'ADDED',
      ideaId: second,
      idea: { title: 'Another private idea', voteCount: 1, viewerHasVoted: false },
    });
    await publicWatcher.nothingWithin(300);

    // Access taken back: the next change is read with the member's rights now, and not sent.
    await ok(
      t,
      `mutation ($id: ID!) { revokeBoardAccess(boardSlug: "inner", userId: $id) { id } }`,
      { id: granted.id },
      admin,
    );
    await ok(t, `mutation ($id: ID!) { retractVote(ideaId: $id) { id } }`, { id: ideaId }, pm);
    await member.nothingWithin(300);
  });

  it('applies each subscriber’s rights to pending, approved, merged and deleted ideas', async () => {
    const moderator = await signUpAs(t, 'moderator');
    const newcomer = await signUpAs(t);
    await t.db.dataSource.query(`UPDATE boards SET premoderate_first_idea = true WHERE slug = 'feedback'`);
    const reader = await watch(outsider, 'feedback');
    const staff = await watch(moderator, 'feedback');
    const author = await watch(newcomer, 'feedback');

    const pending = await submit(t, newcomer, 'feedback', 'Waiting for a moderator');
    expect(pending.pending).toBe(true);
    // A vote on it: staff and its author may read it, the reader may not.
    await ok(t, VOTE, { id: pending.id }, moderator);
    await expect(staff.next()).resolves.toMatchObject({ kind: 'UPDATED', ideaId: pending.id, idea: { voteCount: 2 } });
    await expect(author.next()).resolves.toMatchObject({ kind: 'UPDATED', ideaId: pending.id });
    await reader.nothingWithin(300);

    await ok(t, `mutation ($id: ID!) { approveIdea(id: $id) { id } }`, { id: pending.id }, moderator);
    for (const live of [reader, staff, author])
      await expect(live.next()).resolves.toMatchObject({ kind: 'ADDED', ideaId: pending.id });

    const target = (await submit(t, pm, 'feedback', 'The original idea')).id;
    for (const live of [reader, staff, author])
      await expect(live.next()).resolves.toMatchObject({ kind: 'ADDED', ideaId: target });
    await ok(
      t,
      `mutation ($input: MergeIdeasInput!) { mergeIdeas(input: $input) { id } }`,
      { input: { sourceId: pending.id, targetId: target } },
      moderator,
    );
    const seen = [await reader.next(), await reader.next()].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(seen).toEqual([
      expect.objectContaining({
        kind: 'REMOVED',
        ideaId: pending.id,
        idea: expect.objectContaining({ title: 'Waiting for a moderator' }),
      }),
      expect.objectContaining({ kind: 'UPDATED', ideaId: target, idea: expect.objectContaining({ voteCount: 3 }) }),
    ]);

    await ok(t, `mutation ($id: ID!) { deleteIdea(id: $id) }`, { id: target }, pm);
    await expect(reader.next()).resolves.toEqual({ kind: 'REMOVED', ideaId: target, idea: null });

    // A pending idea deleted by its author: news to staff, not to the reader, who never saw it.
    const another = await signUpAs(t);
    const anotherPending = await submit(t, another, 'feedback', 'Withdrawn before review');
    expect(anotherPending.pending).toBe(true);
    await ok(t, `mutation ($id: ID!) { deleteIdea(id: $id) }`, { id: anotherPending.id }, another);
    await expect(skipUntil(staff, anotherPending.id)).resolves.toMatchObject({ kind: 'REMOVED', idea: null });
    await reader.nothingWithin(300);
  });

  it('answers NOT_FOUND for a board that does not exist, as for one the viewer may not see', async () => {
    const unknown = subscribeToBoard(t.url, outsider.headers, 'nope');
    open.push(unknown);
    await expect(unknown.next()).rejects.toThrow(/"code":"NOT_FOUND"/);
  });

  it('measures the latency from commit to socket message', async () => {
    const ideaId = (await submit(t, pm, 'feedback', 'Measure live latency')).id;
    const live = await watch(outsider, 'feedback');
    const latencies = await commitToSocket(t, live, ideaId, 10, 'one instance');
    expect(latencies[latencies.length - 1]).toBeLessThan(5_000);
  });

  describe('across two API instances (REDIS_URL)', () => {
    let redis: TestRedis;
    let a: TestApp;
    let b: NestExpressApplication;
    let bUrl: string;

    beforeAll(async () => {
      ({ redis, a, b, bUrl } = await startTwoInstances());
    });
    afterAll(async () => {
      await b.close();
      await a.close();
      await redis.stop();
    });

    it('delivers a vote made through instance A to watchers on instance B, each with their own rights', async () => {
      const voter = await signUpAs(a);
      const watcher = await signUpAs(a);
      const ideaId = (await submit(a, voter, 'feedback', 'Cross-instance count')).id;
      const id = await boardId(a, 'feedback');
      const live = subscribeToBoard(bUrl, watcher.headers, 'feedback');
      open.push(live);
      await waitUntil(() => b.get(BoardChangesService).listenerCount(id), 1);
      expect(a.app.get(BoardChangesService).listenerCount(id)).toBe(0);
      await ok(a, VOTE, { id: ideaId }, watcher);
      await expect(live.next()).resolves.toMatchObject({
        kind: 'UPDATED',
        ideaId,
        idea: { voteCount: 2, viewerHasVoted: true },
      });
      const latencies = await commitToSocket(a, live, ideaId, 10, 'instance A → Redis → instance B');
      expect(latencies[latencies.length - 1]).toBeLessThan(5_000);
    });
  });
});
