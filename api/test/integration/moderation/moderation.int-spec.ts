import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount, type TestRole } from '../../utils/accounts.js';
import { createIdea } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const FLAG = `mutation ($input: FlagContentInput!) { flagContent(input: $input) { id reason note } }`;
const QUEUE = `{ moderationQueue { totalCount edges { node { itemId kind flagCount reasons notes content hidden
  idea { id } comment { id } author { id } } } } }`;
const POST = `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`;

describe('moderation', () => {
  let t: TestApp;
  const as: Partial<Record<TestRole | 'anonymous', Record<string, string>>> = {};
  let member: TestAccount;
  let other: TestAccount;
  let moderator: TestAccount;
  let admin: TestAccount;
  let pm: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    member = await signUpAs(t, 'member');
    other = await signUpAs(t, 'member');
    moderator = await signUpAs(t, 'moderator');
    pm = await signUpAs(t, 'product_manager');
    admin = await signUpAs(t, 'admin');
    Object.assign(as, {
      anonymous: {},
      member: member.headers,
      moderator: moderator.headers,
      product_manager: pm.headers,
      admin: admin.headers,
    });
  });
  afterAll(() => t.close());

  describe('permission matrix', () => {
    const ROLES = ['anonymous', 'member', 'moderator', 'product_manager', 'admin'] as const;
    const RANK = { anonymous: -1, member: 0, moderator: 1, product_manager: 2, admin: 3 };
    type Op = {
      name: string;
      min: keyof typeof RANK;
      run: (h: Record<string, string>) => Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>;
    };
    let ideaId: string;
    let commentId: string;
    const ops = (): Op[] => [
      {
        name: 'flagContent',
        min: 'member',
        run: (h) =>
          t.gql(
            `mutation ($id: ID!) { flagContent(input: { ideaId: $id, reason: OTHER, note: "x" }) { id } }`,
            { id: ideaId },
            h,
          ),
      },
      { name: 'moderationQueue', min: 'moderator', run: (h) => t.gql(QUEUE, {}, h) },
      { name: 'pendingIdeas', min: 'moderator', run: (h) => t.gql(`{ pendingIdeas { totalCount } }`, {}, h) },
      {
        name: 'hideIdea',
        min: 'moderator',
        run: (h) => t.gql(`mutation ($id: ID!) { hideIdea(id: $id) { id } }`, { id: ideaId }, h),
      },
      {
        name: 'unhideIdea',
        min: 'moderator',
        run: (h) => t.gql(`mutation ($id: ID!) { unhideIdea(id: $id) { id } }`, { id: ideaId }, h),
      },
      {
        name: 'lockComments',
        min: 'moderator',
        run: (h) => t.gql(`mutation ($id: ID!) { lockComments(ideaId: $id) { id } }`, { id: ideaId }, h),
      },
      {
        name: 'unlockComments',
        min: 'moderator',
        run: (h) => t.gql(`mutation ($id: ID!) { unlockComments(ideaId: $id) { id } }`, { id: ideaId }, h),
      },
      {
        name: 'hideComment',
        min: 'moderator',
        run: (h) => t.gql(`mutation ($id: ID!) { hideComment(id: $id) { id } }`, { id: commentId }, h),
      },
      {
        name: 'unhideComment',
        min: 'moderator',
        run: (h) => t.gql(`mutation ($id: ID!) { unhideComment(id: $id) { id } }`, { id: commentId }, h),
      },
      {
        name: 'approveIdea',
        min: 'moderator',
        run: (h) => t.gql(`mutation ($id: ID!) { approveIdea(id: $id) { id } }`, { id: ideaId }, h),
      },
      {
        name: 'addInternalNote',
        min: 'moderator',
        run: (h) =>
          t.gql(
            `mutation ($id: ID!) { addInternalNote(input: { ideaId: $id, body: "note" }) { id } }`,
            { id: ideaId },
            h,
          ),
      },
      {
        name: 'suspendMember',
        min: 'moderator',
        run: (h) =>
          t.gql(
            `mutation ($id: ID!) { suspendMember(userId: $id, until: "2999-01-01T00:00:00Z") { id } }`,
            { id: other.id },
            h,
          ),
      },
      {
        name: 'unsuspendMember',
        min: 'moderator',
        run: (h) => t.gql(`mutation ($id: ID!) { unsuspendMember(userId: $id) { id } }`, { id: other.id }, h),
      },
      {
        name: 'duplicateSuggestions',
        min: 'moderator',
        run: (h) => t.gql(`{ duplicateSuggestions(boardSlug: "feedback") { totalCount } }`, {}, h),
      },
      {
        name: 'boardAnalytics',
        min: 'product_manager',
        run: (h) =>
          t.gql(
            `{ boardAnalytics(boardSlug: "feedback", from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { funnel { submitted } } }`,
            {},
            h,
          ),
      },
      { name: 'auditLog', min: 'admin', run: (h) => t.gql(`{ auditLog { totalCount } }`, {}, h) },
    ];

    beforeAll(async () => {
      ideaId = await createIdea(t.db.dataSource, 'open', 'Matrix idea');
      const c = await t.gql<{ postComment: { id: string } }>(
        POST,
        { input: { ideaId, body: 'Matrix comment' } },
        member.headers,
      );
      commentId = c.data!.postComment.id;
    });

    it.each(ROLES)('%s gets exactly the operations of its role', async (role) => {
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const op of ops()) {
        const r = await op.run(as[role]!);
        outcome[op.name] = r.errors?.[0].extensions?.code ?? 'OK';
        expected[op.name] = RANK[role] >= RANK[op.min] ? 'OK' : role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        // One open flag per member per item: a repeat is a conflict, not a permission problem.
        if (op.name === 'flagContent' && outcome[op.name] === 'CONFLICT') outcome[op.name] = 'OK';
      }
      expect(outcome).toEqual(expected);
    });

    it('shows internal notes to staff only', async () => {
      const q = `query ($id: ID!) { idea(id: $id) { internalNotes { body author { id } } } }`;
      for (const role of ['anonymous', 'member'] as const) {
        const r = await t.gql<{ idea: { internalNotes: unknown } }>(q, { id: ideaId }, as[role]);
        expect(r.data!.idea.internalNotes).toBeNull();
      }
      const staff = await t.gql<{ idea: { internalNotes: Array<{ body: string }> } }>(
        q,
        { id: ideaId },
        moderator.headers,
      );
      expect(staff.data!.idea.internalNotes.length).toBeGreaterThanOrEqual(1);
      expect(staff.data!.idea.internalNotes[0].body).toBe('note');
    });
  });

  it('groups open flags per item in the queue, refuses a second open flag, and dismisses them', async () => {
    const ideaId = await createIdea(t.db.dataSource, 'open', 'Buy cheap watches here');
    const first = await t.gql(FLAG, { input: { ideaId, reason: 'SPAM', note: 'ads' } }, member.headers);
    expect(first.errors).toBeUndefined();
    const again = await t.gql(FLAG, { input: { ideaId, reason: 'ABUSIVE' } }, member.headers);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_FLAGGED' });
    await t.gql(FLAG, { input: { ideaId, reason: 'OFF_TOPIC' } }, other.headers);
    const both = await t.gql(FLAG, { input: { ideaId, commentId: ideaId, reason: 'SPAM' } }, other.headers);
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const queue = await t.gql<{ moderationQueue: { edges: Array<{ node: Record<string, unknown> }> } }>(
      QUEUE,
      {},
      moderator.headers,
    );
    const item = queue.data!.moderationQueue.edges.map((e) => e.node).find((n) => n.itemId === ideaId)!;
    expect(item).toMatchObject({
      kind: 'IDEA',
      flagCount: 2,
      notes: ['ads'],
      hidden: false,
      idea: { id: ideaId },
      comment: null,
    });
    expect([...(item.reasons as string[])].sort()).toEqual(['OFF_TOPIC', 'SPAM']);
    expect(item.content).toContain('Buy cheap watches here');

    const dismissed = await t.gql<{ dismissFlags: number }>(
      `mutation ($id: ID!) { dismissFlags(itemId: $id) }`,
      { id: ideaId },
      moderator.headers,
    );
    expect(dismissed.data!.dismissFlags).toBe(2);
    const after = await t.gql<{ moderationQueue: { edges: Array<{ node: { itemId: string } }> } }>(
      QUEUE,
      {},
      moderator.headers,
    );
    expect(after.data!.moderationQueue.edges.map((e) => e.node.itemId)).not.toContain(ideaId);
    // Dismissed flags are closed, so the member can flag it again later.
    expect((await t.gql(FLAG, { input: { ideaId, reason: 'SPAM' } }, member.headers)).errors).toBeUndefined();
  });

  it('deletes flagged spam (soft delete) and keeps comment counts exact', async () => {
    const ideaId = await createIdea(t.db.dataSource, 'open', 'Idea with a spam comment');
    const c = await t.gql<{ postComment: { id: string } }>(
      POST,
      { input: { ideaId, body: 'spam spam' } },
      other.headers,
    );
    const commentId = c.data!.postComment.id;
    await t.gql(FLAG, { input: { commentId, reason: 'SPAM' } }, member.headers);
    const removed = await t.gql(
      `mutation ($id: ID!) { deleteSpam(itemId: $id) }`,
      { id: commentId },
      moderator.headers,
    );
    expect(removed.errors).toBeUndefined();
    const [row] = await t.db.dataSource.query<Array<{ count: number; live: number; deleted: boolean }>>(
      `SELECT comment_count AS count, (SELECT count(*)::int FROM comments WHERE idea_id = $1 AND deleted_at IS NULL) AS live,
              (SELECT deleted_at IS NOT NULL FROM comments WHERE id = $2) AS deleted
         FROM ideas WHERE id = $1`,
      [ideaId, commentId],
    );
    expect(row).toEqual({ count: 0, live: 0, deleted: true });
    const spamIdea = await createIdea(t.db.dataSource, 'open', 'Spam idea to delete');
    await t.gql(`mutation ($id: ID!) { deleteSpam(itemId: $id) }`, { id: spamIdea }, moderator.headers);
    expect(
      (await t.gql<{ idea: null }>(`query ($id: ID!) { idea(id: $id) { id } }`, { id: spamIdea })).data!.idea,
    ).toBeNull();
  });

  it('locks a discussion for members but not for staff', async () => {
    const ideaId = await createIdea(t.db.dataSource, 'open', 'Heated discussion');
    await t.gql(
      `mutation ($id: ID!) { lockComments(ideaId: $id) { commentsLocked } }`,
      { id: ideaId },
      moderator.headers,
    );
    const refused = await t.gql(POST, { input: { ideaId, body: 'one more thing' } }, member.headers);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'COMMENTS_LOCKED' });
    expect((await t.gql(POST, { input: { ideaId, body: 'Closing this.' } }, moderator.headers)).errors).toBeUndefined();
    await t.gql(
      `mutation ($id: ID!) { unlockComments(ideaId: $id) { commentsLocked } }`,
      { id: ideaId },
      moderator.headers,
    );
    expect((await t.gql(POST, { input: { ideaId, body: 'thanks' } }, member.headers)).errors).toBeUndefined();
  });

  it('stops a suspended member from posting, commenting and voting until unsuspended', async () => {
    const target = await signUpAs(t, 'member');
    const ideaId = await createIdea(t.db.dataSource, 'open', 'Idea for suspension test');
    const suspended = await t.gql<{ suspendMember: { suspendedUntil: string } }>(
      `mutation ($id: ID!) { suspendMember(userId: $id) { id suspendedUntil } }`,
      { id: target.id },
      moderator.headers,
    );
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data!.suspendMember.suspendedUntil).toBe('9999-12-31T00:00:00.000Z');
    const attempts = [
      await t.gql(
        `mutation { submitIdea(input: { boardSlug: "feedback", title: "Let me post" }) { id } }`,
        {},
        target.headers,
      ),
      await t.gql(POST, { input: { ideaId, body: 'hi' } }, target.headers),
      await t.gql(`mutation ($id: ID!) { castVote(ideaId: $id) { id } }`, { id: ideaId }, target.headers),
    ];
    for (const r of attempts)
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUSPENDED' });
    // Reading still works.
    expect(
      (await t.gql(`query ($id: ID!) { idea(id: $id) { id } }`, { id: ideaId }, target.headers)).errors,
    ).toBeUndefined();
    // Moderators cannot suspend staff; admins can.
    const staff = await t.gql(
      `mutation ($id: ID!) { suspendMember(userId: $id) { id } }`,
      { id: pm.id },
      moderator.headers,
    );
    expect(staff.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_SUSPEND_STAFF' });
    const past = await t.gql(
      `mutation ($id: ID!) { suspendMember(userId: $id, until: "2001-01-01T00:00:00Z") { id } }`,
      { id: target.id },
      moderator.headers,
    );
    expect(past.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const lifted = await t.gql<{ unsuspendMember: { suspendedUntil: string | null } }>(
      `mutation ($id: ID!) { unsuspendMember(userId: $id) { suspendedUntil } }`,
      { id: target.id },
      moderator.headers,
    );
    expect(lifted.data!.unsuspendMember.suspendedUntil).toBeNull();
    const vote = await t.gql(`mutation ($id: ID!) { castVote(ideaId: $id) { id } }`, { id: ideaId }, target.headers);
    expect(vote.errors).toBeUndefined();
    // A suspension that has run out no longer applies.
    await t.db.dataSource.query(`UPDATE users SET suspended_until = now() - interval '1 minute' WHERE id = $1`, [
      target.id,
    ]);
    expect((await t.gql(POST, { input: { ideaId, body: 'back' } }, target.headers)).errors).toBeUndefined();
  });
});
