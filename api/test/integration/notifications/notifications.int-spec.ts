import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { NotificationPubSub } from '../../../src/modules/notifications/notification-pubsub.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createMembers } from '../../utils/fixtures.js';
import { connectLive, subscribeNotifications, waitUntil } from '../../utils/live-notifications.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { COMMENT, STATUS, VOTE, notificationsOf, ok, settled, submitIdea } from '../../utils/follow-up-work.js';

const FOLLOW_STATE = `query ($id: ID!) { idea(id: $id) { viewerIsFollowing followerCount } }`;

describe('follows and notifications', () => {
  let t: TestApp;
  let author: TestAccount;
  let voter: TestAccount;
  let pm: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    author = await signUpAs(t, 'member', 'Ada Lovelace');
    voter = await signUpAs(t, 'member', 'Grace Hopper');
    pm = await signUpAs(t, 'product_manager', 'Pat Manager');
  });
  afterAll(() => t.close());

  async function followState(ideaId: string, who: TestAccount) {
    return (
      await ok<{ idea: { viewerIsFollowing: boolean; followerCount: number } }>(t, FOLLOW_STATE, { id: ideaId }, who)
    ).idea;
  }

  it('follows an idea on submit, vote and comment; explicit follow/unfollow; counts exactly', async () => {
    const ideaId = await submitIdea(t, author, 'Follow me around please');
    expect(await followState(ideaId, author)).toEqual({ viewerIsFollowing: true, followerCount: 1 });

    await ok(t, VOTE, { id: ideaId }, voter);
    await settled(t);
    expect(await followState(ideaId, voter)).toEqual({ viewerIsFollowing: true, followerCount: 2 });

    const commenter = await signUpAs(t);
    await ok(t, COMMENT, { input: { ideaId, body: 'Nice' } }, commenter);
    await settled(t);
    expect((await followState(ideaId, commenter)).followerCount).toBe(3);

    await ok(t, `mutation ($id: ID!) { unfollowIdea(ideaId: $id) { id } }`, { id: ideaId }, commenter);
    expect(await followState(ideaId, commenter)).toEqual({ viewerIsFollowing: false, followerCount: 2 });
    // An explicit unfollow is remembered: commenting again does not follow again.
    await ok(t, COMMENT, { input: { ideaId, body: 'Still nice' } }, commenter);
    await settled(t);
    expect((await followState(ideaId, commenter)).viewerIsFollowing).toBe(false);
    await ok(t, `mutation ($id: ID!) { followIdea(ideaId: $id) { id } }`, { id: ideaId }, commenter);
    expect(await followState(ideaId, commenter)).toEqual({ viewerIsFollowing: true, followerCount: 3 });

    const anonymous = await t.gql(FOLLOW_STATE, { id: ideaId });
    expect(anonymous.data).toEqual({ idea: { viewerIsFollowing: false, followerCount: 3 } });
    const refused = await t.gql(`mutation ($id: ID!) { followIdea(ideaId: $id) { id } }`, { id: ideaId });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('follows boards', async () => {
    const member = await signUpAs(t);
    const q = `{ board(slug: "feedback") { viewerIsFollowing } }`;
    const follow = await ok<{ followBoard: { viewerIsFollowing: boolean } }>(
      t,
      `mutation { followBoard(boardSlug: "feedback") { viewerIsFollowing } }`,
      {},
      member,
    );
    expect(follow.followBoard.viewerIsFollowing).toBe(true);
    expect(await ok(t, q, {}, member)).toEqual({ board: { viewerIsFollowing: true } });
    await ok(t, `mutation { unfollowBoard(boardSlug: "feedback") { id } }`, {}, member);
    expect(await ok(t, q, {}, member)).toEqual({ board: { viewerIsFollowing: false } });
  });

  it('tells followers about a status change with the note, once each, never the actor', async () => {
    const ideaId = await submitIdea(t, author, 'Status change fan-out');
    // The voter also comments and follows explicitly: still exactly one notification.
    await ok(t, VOTE, { id: ideaId }, voter);
    await ok(t, COMMENT, { input: { ideaId, body: 'I want this' } }, voter);
    await ok(t, `mutation ($id: ID!) { followIdea(ideaId: $id) { id } }`, { id: ideaId }, voter);
    // The PM votes too (a follower), but is the actor of the change.
    await ok(t, VOTE, { id: ideaId }, pm);
    const boardFollower = await signUpAs(t);
    await ok(t, `mutation { followBoard(boardSlug: "feedback") { id } }`, {}, boardFollower);
    const bystander = await signUpAs(t);
    await settled(t);

    const before = (await notificationsOf(t, voter)).totalCount;
    await ok(t, STATUS, { input: { ideaId, statusKey: 'planned', note: 'Coming in **May**' } }, pm);
    await settled(t);

    const mine = await notificationsOf(t, voter);
    expect(mine.totalCount).toBe(before + 1);
    expect(mine.nodes[0]).toMatchObject({
      kind: 'STATUS_CHANGED',
      statusName: 'Planned',
      detail: 'Coming in **May**',
      read: false,
      idea: { id: ideaId },
      actor: { id: pm.id },
      url: `${t.config.publicUrl}/ideas/${ideaId}`,
    });
    expect(mine.nodes[0].message).toContain('Status change fan-out');
    expect((await notificationsOf(t, author)).nodes[0]).toMatchObject({ kind: 'STATUS_CHANGED', idea: { id: ideaId } });
    expect((await notificationsOf(t, boardFollower)).nodes.map((n) => n.idea?.id)).toEqual([ideaId]);
    expect((await notificationsOf(t, pm)).totalCount).toBe(0);
    expect((await notificationsOf(t, bystander)).totalCount).toBe(0);

    const [{ n }] = await t.db.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notifications WHERE idea_id = $1 AND recipient_id = $2`,
      [ideaId, voter.id],
    );
    expect(n).toBe(1);
    // A redelivered event (same status change) adds nothing: the unique (recipient, event key) holds.
    await ok(t, `mutation { unfollowBoard(boardSlug: "feedback") { id } }`, {}, boardFollower);
  });

  it('official responses, replies, @mentions and vote milestones', async () => {
    const ideaId = await submitIdea(t, author, 'Conversation triggers');
    await ok(t, VOTE, { id: ideaId }, voter);
    const replier = await signUpAs(t, 'member', 'Rita Replier');
    const { postComment: top } = await ok<{ postComment: { id: string } }>(
      t,
      COMMENT,
      { input: { ideaId, body: 'First question' } },
      voter,
    );
    await settled(t);

    // A reply that also mentions the idea's author and the replier themself (actor excluded).
    const { postComment: reply } = await ok<{ postComment: { id: string } }>(
      t,
      COMMENT,
      {
        input: {
          ideaId,
          parentId: top.id,
          body: 'Good point @grace hopper, and @Ada Lovelace what do you think? @Rita Replier',
        },
      },
      replier,
    );
    await settled(t);
    expect((await notificationsOf(t, voter)).nodes[0]).toMatchObject({ kind: 'REPLY', commentId: reply.id });
    expect((await notificationsOf(t, author)).nodes[0]).toMatchObject({ kind: 'MENTION', commentId: reply.id });
    expect((await notificationsOf(t, replier)).totalCount).toBe(0);

    // Official response: every follower (author, voter, replier), one each, not the PM.
    const { postComment: official } = await ok<{ postComment: { id: string } }>(
      t,
      COMMENT,
      { input: { ideaId, body: 'We are on it, @Ada Lovelace.', official: true } },
      pm,
    );
    await settled(t);
    for (const who of [voter, replier]) {
      expect((await notificationsOf(t, who)).nodes[0]).toMatchObject({
        kind: 'OFFICIAL_RESPONSE',
        commentId: official.id,
      });
    }
    // The author is both a follower and mentioned: one notification, the more personal kind.
    const authors = await notificationsOf(t, author);
    expect(authors.nodes.filter((n) => n.commentId === official.id).map((n) => n.kind)).toEqual(['MENTION']);
    expect((await notificationsOf(t, pm)).totalCount).toBe(0);

    // Vote milestone at 10 (the author's idea has 1 vote so far).
    const members = await createMembers(t, 9);
    for (const m of members) await ok(t, VOTE, { id: ideaId }, m);
    await settled(t);
    const milestone = (await notificationsOf(t, author)).nodes[0];
    expect(milestone).toMatchObject({ kind: 'VOTE_MILESTONE', milestone: 10, idea: { id: ideaId } });
    // Retract and recast the 10th vote: no second milestone notification.
    await ok(t, `mutation ($id: ID!) { retractVote(ideaId: $id) { id } }`, { id: ideaId }, members[8]);
    await ok(t, VOTE, { id: ideaId }, members[8]);
    await settled(t);
    const milestones = (await notificationsOf(t, author, { first: 100 })).nodes.filter(
      (n) => n.kind === 'VOTE_MILESTONE',
    );
    expect(milestones).toHaveLength(1);
  });

  it('pages, counts unread, marks one and all read; others cannot touch them', async () => {
    const reader = await signUpAs(t);
    const ideaId = await submitIdea(t, reader, 'Reading notifications');
    for (const key of ['under_review', 'planned', 'in_progress']) {
      await ok(t, STATUS, { input: { ideaId, statusKey: key, note: '' } }, pm);
    }
    await settled(t);
    const all = await notificationsOf(t, reader, { first: 2 });
    expect(all).toMatchObject({ totalCount: 3, unread: 3, hasNextPage: true });
    expect(all.nodes.map((n) => n.statusName)).toEqual(['In progress', 'Planned']);
    const rest = await notificationsOf(t, reader, { first: 2, after: all.endCursor });
    expect(rest.nodes.map((n) => n.statusName)).toEqual(['Under review']);
    expect(rest.hasNextPage).toBe(false);

    const stranger = await signUpAs(t);
    const denied = await t.gql(
      `mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`,
      { id: all.nodes[0].id },
      stranger.headers,
    );
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const read = await ok<{ markNotificationRead: { read: boolean } }>(
      t,
      `mutation ($id: ID!) { markNotificationRead(id: $id) { read } }`,
      { id: all.nodes[0].id },
      reader,
    );
    expect(read.markNotificationRead.read).toBe(true);
    const unread = await notificationsOf(t, reader, { unreadOnly: true });
    expect(unread).toMatchObject({ totalCount: 2, unread: 2 });
    expect(await ok(t, `mutation { markAllNotificationsRead }`, {}, reader)).toEqual({ markAllNotificationsRead: 2 });
    expect(await notificationsOf(t, reader, { unreadOnly: true })).toMatchObject({ totalCount: 0, unread: 0 });
    expect((await t.gql(`{ unreadNotificationCount }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not notify followers who can no longer see a private board', async () => {
    const [{ id: boardId }] = await t.db.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM boards WHERE slug = 'feedback'`,
    );
    const ideaId = await submitIdea(t, author, 'Soon to be private');
    const outsider = await signUpAs(t);
    await ok(t, VOTE, { id: ideaId }, outsider);
    await settled(t);
    await t.db.dataSource.query(`UPDATE boards SET is_private = true WHERE id = $1`, [boardId]);
    try {
      await ok(t, STATUS, { input: { ideaId, statusKey: 'planned', note: '' } }, pm);
      await settled(t);
      expect((await notificationsOf(t, outsider)).totalCount).toBe(0);
    } finally {
      await t.db.dataSource.query(`UPDATE boards SET is_private = false WHERE id = $1`, [boardId]);
    }
  });

  it('pushes notificationAdded over graphql-ws to the cookie-authenticated recipient only', async () => {
    const listener = await signUpAs(t);
    const ideaId = await submitIdea(t, listener, 'Live bell updates');
    const live = subscribeNotifications(t.url, listener.headers);
    try {
      // Wait until the subscription is registered on the server, then trigger.
      const pubsub = t.app.get(NotificationPubSub);
      await waitUntil(() => pubsub.listenerCount(listener.id), 1);
      await ok(t, STATUS, { input: { ideaId, statusKey: 'planned', note: '' } }, pm);
      await expect(live.next()).resolves.toEqual({
        kind: 'STATUS_CHANGED',
        statusName: 'Planned',
        idea: { id: ideaId },
      });
    } finally {
      await live.close();
    }

    // Without a session the socket is refused.
    const anonymous = connectLive(t.url, {});
    const refused = await new Promise<unknown>((resolve) => {
      anonymous.subscribe(
        { query: `subscription { notificationAdded { id } }` },
        { next: () => resolve('data'), error: (e) => resolve(e), complete: () => resolve('complete') },
      );
    });
    expect((refused as { code?: number }).code).toBe(4403);
    await anonymous.dispose();
  });
});
