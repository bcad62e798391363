import { DomainEventBus } from '../../../src/core/events/domain-events.js';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createIdea, createPrivateIdea } from '../../utils/fixtures.js';
import { countStatements } from '../../utils/statement-counter.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../utils/test-app.js';

const POST = `mutation ($input: PostCommentInput!) {
  postComment(input: $input) { id body bodyHtml official deleted editedAt author { id displayName } replies { id } }
}`;
const EDIT = `mutation ($input: EditCommentInput!) { editComment(input: $input) { id body bodyHtml editedAt } }`;
const DELETE = `mutation ($id: ID!) { deleteComment(id: $id) }`;
const THREAD = `query ($id: ID!, $first: Int, $after: String) {
  idea(id: $id) {
    commentCount
    comments(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id body bodyHtml deleted author { id } replies { id body deleted replies { id } } } }
    }
  }
}`;

interface PostedComment {
  id: string;
  body: string;
  bodyHtml: string;
  official: boolean;
  deleted: boolean;
  editedAt: string | null;
  author: { id: string; displayName: string } | null;
  replies: Array<{ id: string }>;
}
interface ThreadNode {
  id: string;
  body: string;
  bodyHtml: string;
  deleted: boolean;
  author: { id: string } | null;
  replies: Array<{ id: string; body: string; deleted: boolean; replies: unknown[] }>;
}
interface Thread {
  idea: {
    commentCount: number;
    comments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: ThreadNode }>;
    };
  } | null;
}

describe('comments', () => {
  let t: TestApp;
  let author: TestAccount;
  let other: TestAccount;
  let moderator: TestAccount;
  let pm: TestAccount;
  let admin: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    [author, other, moderator, pm, admin] = await Promise.all([
      signUpAs(t, 'member'),
      signUpAs(t, 'member'),
      signUpAs(t, 'moderator'),
      signUpAs(t, 'product_manager'),
      signUpAs(t, 'admin'),
    ]);
  });
  afterAll(() => t.close());

  const post = (input: Record<string, unknown>, who: TestAccount | null = author) =>
    t.gql<{ postComment: PostedComment }>(POST, { input }, who?.headers);
  async function posted(input: Record<string, unknown>, who: TestAccount = author): Promise<PostedComment> {
    const response = await post(input, who);
    expect(response.errors).toBeUndefined();
    return response.data!.postComment;
  }
  async function counts(ideaId: string): Promise<{ commentCount: number; visible: number; trend: number }> {
    const [row] = await t.db.dataSource.query<Array<{ commentCount: number; visible: number; trend: number }>>(
      `SELECT comment_count AS "commentCount", trend_score AS trend,
              (SELECT count(*)::int FROM comments WHERE idea_id = $1 AND deleted_at IS NULL) AS visible
         FROM ideas WHERE id = $1`,
      [ideaId],
    );
    return row;
  }
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0].extensions?.code;

  it('posts a comment with its author, trimmed body and rendered HTML, and emits comment.posted', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    const before = await counts(ideaId);
    const seen: unknown[] = [];
    const off = t.app.get(DomainEventBus).on('comment.posted', (payload) => seen.push(payload));
    const comment = await posted({ ideaId, body: '  Yes **please**  ' });
    off();
    expect(comment).toMatchObject({
      body: 'Yes **please**',
      bodyHtml: '<p>Yes <strong>please</strong></p>\n',
      official: false,
      deleted: false,
      editedAt: null,
      author: { id: author.id },
      replies: [],
    });
    const after = await counts(ideaId);
    expect(after).toMatchObject({ commentCount: 1, visible: 1 });
    expect(after.trend).toBeGreaterThan(before.trend);
    expect(seen).toEqual([{ commentId: comment.id, ideaId, authorId: author.id, parentId: null, official: false }]);
  });

  it('renders hostile Markdown inert', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    const body = [
      '<script>alert("x")</script>',
      '[click me](javascript:alert(1))',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(2)" onclick="alert(3)">raw link</a>',
      '![pic](javascript:alert(4))',
    ].join('\n\n');
    const comment = await posted({ ideaId, body });
    expect(comment.body).toBe(body); // the source is kept as written
    const html = comment.bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href\s*=["'\s]*javascript:/i);
    expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i); // no event-handler attribute on any tag
    expect(html).toContain('&lt;script&gt;'); // shown as text, not dropped silently
  });

  it('validates the body: trimmed, 1 to 5,000 characters', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    for (const body of ['', '   \n  ', 'x'.repeat(5001)]) {
      const response = await post({ ideaId, body });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { body: expect.any(String) },
      });
    }
    expect((await posted({ ideaId, body: ` ${'x'.repeat(5000)} ` })).body).toHaveLength(5000);
    expect(await counts(ideaId)).toMatchObject({ commentCount: 1, visible: 1 });
  });

  it('allows one level of replies, on the same idea only', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    const otherIdea = await createIdea(t.db.dataSource);
    const top = await posted({ ideaId, body: 'Top' });
    const reply = await posted({ ideaId, body: 'Reply', parentId: top.id }, other);

    const nested = await post({ ideaId, body: 'Reply to a reply', parentId: reply.id });
    expect(nested.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { parentId: expect.any(String) },
    });
    const elsewhere = await post({ ideaId: otherIdea, body: 'Wrong idea', parentId: top.id });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { parentId: expect.any(String) },
    });
    const unknown = await post({ ideaId, body: 'No parent', parentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0].extensions?.fields).toHaveProperty('parentId');

    const thread = await t.gql<Thread>(THREAD, { id: ideaId });
    expect(thread.data!.idea!.comments.edges.map((e) => e.node)).toMatchObject([
      { id: top.id, replies: [{ id: reply.id, body: 'Reply', deleted: false, replies: [] }] },
    ]);
    expect(thread.data!.idea!.commentCount).toBe(2);
    expect(await counts(ideaId)).toMatchObject({ commentCount: 2, visible: 2 });
    expect(await counts(otherIdea)).toMatchObject({ commentCount: 0, visible: 0 });
  });

  it('lets only product managers and admins answer officially', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    for (const who of [author, moderator]) {
      const response = await post({ ideaId, body: 'Officially...', official: true }, who);
      expect(codeOf(response)).toBe('FORBIDDEN');
    }
    expect((await posted({ ideaId, body: 'We are on it.', official: true }, pm)).official).toBe(true);
    expect((await posted({ ideaId, body: 'Shipping soon.', official: true }, admin)).official).toBe(true);
    expect((await posted({ ideaId, body: 'Just my view.' }, pm)).official).toBe(false);
    expect(await counts(ideaId)).toMatchObject({ commentCount: 3, visible: 3 });
  });

  it('lets only the author edit, keeping editedAt', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    const comment = await posted({ ideaId, body: 'Frist' });
    for (const [who, code] of [
      [other, 'FORBIDDEN'],
      [moderator, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const response = await t.gql(EDIT, { input: { id: comment.id, body: 'Hijacked' } }, who?.headers);
      expect(codeOf(response)).toBe(code);
    }
    const blank = await t.gql(EDIT, { input: { id: comment.id, body: ' ' } }, author.headers);
    expect(blank.errors?.[0].extensions?.fields).toHaveProperty('body');

    const edited = await t.gql<{ editComment: { body: string; bodyHtml: string; editedAt: string | null } }>(
      EDIT,
      { input: { id: comment.id, body: ' *First* ' } },
      author.headers,
    );
    expect(edited.data!.editComment).toMatchObject({ body: '*First*', bodyHtml: '<p><em>First</em></p>\n' });
    expect(edited.data!.editComment.editedAt).not.toBeNull();
    expect(await counts(ideaId)).toMatchObject({ commentCount: 1, visible: 1 });
  });

  it('lets the author or a moderator delete, keeping commentCount exact with replies', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    const mine = await posted({ ideaId, body: 'Mine' });
    const reply = await posted({ ideaId, body: 'A reply to mine', parentId: mine.id }, other);
    const rude = await posted({ ideaId, body: 'Rude' }, other);
    const lonely = await posted({ ideaId, body: 'Nobody answers this' }, other);
    expect(await counts(ideaId)).toMatchObject({ commentCount: 4, visible: 4 });

    expect(codeOf(await t.gql(DELETE, { id: mine.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(DELETE, { id: mine.id }, other.headers))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE, { id: rude.id }, author.headers))).toBe('FORBIDDEN');
    expect(await counts(ideaId)).toMatchObject({ commentCount: 4, visible: 4 });

    expect((await t.gql(DELETE, { id: rude.id }, moderator.headers)).data).toEqual({ deleteComment: true });
    expect((await t.gql(DELETE, { id: mine.id }, author.headers)).data).toEqual({ deleteComment: true });
    expect((await t.gql(DELETE, { id: lonely.id }, other.headers)).data).toEqual({ deleteComment: true });
    expect(codeOf(await t.gql(DELETE, { id: mine.id }, author.headers))).toBe('NOT_FOUND'); // already gone
    expect(codeOf(await t.gql(EDIT, { input: { id: rude.id, body: 'Back' } }, other.headers))).toBe('NOT_FOUND');
    expect(await counts(ideaId)).toMatchObject({ commentCount: 1, visible: 1 });

    // The removed comment with a live reply stays as a placeholder; the others are left out.
    const thread = await t.gql<Thread>(THREAD, { id: ideaId });
    expect(thread.data!.idea!.commentCount).toBe(1);
    expect(thread.data!.idea!.comments.totalCount).toBe(1);
    expect(thread.data!.idea!.comments.edges.map((e) => e.node)).toEqual([
      {
        id: mine.id,
        body: '',
        bodyHtml: '',
        deleted: true,
        author: null,
        replies: [{ id: reply.id, body: 'A reply to mine', deleted: false, replies: [] }],
      },
    ]);

    // Removing the reply removes the placeholder too.
    expect((await t.gql(DELETE, { id: reply.id }, other.headers)).data).toEqual({ deleteComment: true });
    const empty = await t.gql<Thread>(THREAD, { id: ideaId });
    expect(empty.data!.idea!.comments).toMatchObject({ totalCount: 0, edges: [] });
    expect(await counts(ideaId)).toMatchObject({ commentCount: 0, visible: 0 });
  });

  it('refuses comments on deleted, invisible and unknown ideas, and from anonymous visitors', async () => {
    const deleted = await createIdea(t.db.dataSource);
    await t.db.dataSource.query(`UPDATE ideas SET deleted_at = now() WHERE id = $1`, [deleted]);
    const secret = await createPrivateIdea(t.db.dataSource);
    for (const ideaId of [deleted, secret, '00000000-0000-4000-8000-000000000000']) {
      expect(codeOf(await post({ ideaId, body: 'Hello?' }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await post({ ideaId: await createIdea(t.db.dataSource), body: 'Hi' }, null))).toBe('UNAUTHENTICATED');
    expect(await counts(secret)).toMatchObject({ commentCount: 0, visible: 0 });
    // A comment on an idea that was deleted afterwards can no longer be edited or deleted.
    const ideaId = await createIdea(t.db.dataSource);
    const comment = await posted({ ideaId, body: 'Soon orphaned' });
    await t.db.dataSource.query(`UPDATE ideas SET deleted_at = now() WHERE id = $1`, [ideaId]);
    expect(codeOf(await t.gql(DELETE, { id: comment.id }, author.headers))).toBe('NOT_FOUND');
  });

  it('pages top-level comments oldest first without gaps or repeats', async () => {
    const ideaId = await createIdea(t.db.dataSource);
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) ids.push((await posted({ ideaId, body: `Comment ${i}` }, i % 2 ? other : author)).id);
    await posted({ ideaId, body: 'A reply is not a top-level comment', parentId: ids[0] });

    const first = await t.gql<Thread>(THREAD, { id: ideaId, first: 20 });
    const page1 = first.data!.idea!.comments;
    expect(page1.totalCount).toBe(25);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<Thread>(THREAD, { id: ideaId, first: 20, after: page1.pageInfo.endCursor });
    const page2 = second.data!.idea!.comments;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual(ids);
    expect(first.data!.idea!.commentCount).toBe(26);

    const forged = await t.gql(THREAD, { id: ideaId, after: 'nope' });
    expect(forged.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
  });

  describe('replies', () => {
    type ReplyPage = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: { id: string } }>;
    };
    const REPLY_PAGE = `query ($id: ID!, $first: Int, $after: String) {
      comment(id: $id) { id replyConnection(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }
    }`;

    /** `count` replies under `parentId`, straight into the table; every other pair shares a timestamp (ties go by id). */
    async function insertReplies(ideaId: string, parentId: string, count: number): Promise<string[]> {
      await t.db.dataSource.query(`UPDATE ideas SET comment_count = comment_count + $2 WHERE id = $1`, [ideaId, count]);
      const found = await t.db.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO comments (idea_id, author_id, parent_id, body, created_at)
         SELECT $1, $2, $3, 'Reply ' || n, now() + (n / 2) * interval '1 ms' FROM generate_series(1, $4) n
         RETURNING id`,
        [ideaId, other.id, parentId, count],
      );
      const ordered = await t.db.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM comments WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [found.map((row) => row.id)],
      );
      return ordered.map((row) => row.id);
    }

    it('lists 20 replies unless asked for more (at most 100), and pages through all of them', async () => {
      const ideaId = await createIdea(t.db.dataSource);
      const busy = await posted({ ideaId, body: 'Busy thread' });
      const quiet = await posted({ ideaId, body: 'Quiet thread' });
      const replies = await insertReplies(ideaId, busy.id, 130);
      const quietReply = await posted({ ideaId, body: 'Only reply', parentId: quiet.id }, other);
      const removed = await posted({ ideaId, body: 'Removed reply', parentId: quiet.id }, other);
      await t.gql(DELETE, { id: removed.id }, other.headers);

      const thread = await t.gql<Thread>(THREAD, { id: ideaId });
      expect(thread.data!.idea!.comments.edges.map((e) => e.node.replies.map((r) => r.id))).toEqual([
        replies.slice(0, 20),
        [quietReply.id],
      ]);
      const more = await t.gql<{ comment: { replies: Array<{ id: string }> } }>(
        `query ($id: ID!) { comment(id: $id) { replies(first: 100) { id } } }`,
        { id: busy.id },
      );
      expect(more.data!.comment.replies.map((r) => r.id)).toEqual(replies.slice(0, 100));
      const tooMany = await t.gql(`query ($id: ID!) { comment(id: $id) { replies(first: 101) { id } } }`, {
        id: busy.id,
      });
      expect(tooMany.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { first: expect.any(String) },
      });

      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 1; ; pages++) {
        const page: GraphQLResponse<{ comment: { replyConnection: ReplyPage } }> = await t.gql(REPLY_PAGE, {
          id: busy.id,
          first: 40,
          after,
        });
        const connection = page.data!.comment.replyConnection;
        expect(connection.totalCount).toBe(130);
        seen.push(...connection.edges.map((e) => e.node.id));
        if (!connection.pageInfo.hasNextPage) {
          expect(pages).toBe(4);
          break;
        }
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(replies);

      const ofReply = await t.gql<{ comment: { replyConnection: ReplyPage; replies: unknown[] } }>(
        `query ($id: ID!) { comment(id: $id) { replies { id } replyConnection { totalCount edges { node { id } } } } }`,
        { id: quietReply.id },
      );
      expect(ofReply.data!.comment).toEqual({ replies: [], replyConnection: { totalCount: 0, edges: [] } });
      const forged = await t.gql(REPLY_PAGE, { id: busy.id, after: 'nope' });
      expect(forged.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { after: expect.any(String) },
      });
    });

    it('loads the replies of a whole page of comments in one statement', async () => {
      const ideaId = await createIdea(t.db.dataSource);
      for (let i = 0; i < 6; i++) {
        const top = await posted({ ideaId, body: `Top ${i}` });
        await insertReplies(ideaId, top.id, i * 3);
      }
      const counter = countStatements(t.db.dataSource);
      const statementsFor = async (first: number): Promise<number> => {
        const before = counter.count;
        const response = await t.gql<Thread>(
          `query ($id: ID!, $first: Int!) { idea(id: $id) { comments(first: $first) { edges { node {
            id replies(first: 2) { id } replyConnection(first: 4) { totalCount edges { node { id } } } } } } } }`,
          { id: ideaId, first },
        );
        expect(response.errors).toBeUndefined();
        expect(response.data!.idea!.comments.edges).toHaveLength(first);
        return counter.count - before;
      };
      const two = await statementsFor(2);
      expect(await statementsFor(6)).toBe(two);
    });

    it('finds a comment by id only as its thread shows it', async () => {
      const ideaId = await createIdea(t.db.dataSource);
      const lonely = await posted({ ideaId, body: 'Removed, no replies' });
      const kept = await posted({ ideaId, body: 'Removed, with a reply' });
      await posted({ ideaId, body: 'The reply', parentId: kept.id }, other);
      await t.gql(DELETE, { id: lonely.id }, author.headers);
      await t.gql(DELETE, { id: kept.id }, author.headers);
      const byId = (id: string) =>
        t.gql<{ comment: { id: string; deleted: boolean; body: string } | null }>(
          `query ($id: ID!) { comment(id: $id) { id deleted body } }`,
          { id },
        );
      expect((await byId(lonely.id)).data).toEqual({ comment: null });
      expect((await byId(kept.id)).data).toEqual({ comment: { id: kept.id, deleted: true, body: '' } });
      expect((await byId('not-a-uuid')).data).toEqual({ comment: null });
    });
  });

  it('keeps every comment counter equal to its visible rows', async () => {
    const [{ mismatches }] = await t.db.dataSource.query<Array<{ mismatches: number }>>(
      `SELECT count(*)::int AS mismatches FROM ideas i
        WHERE i.comment_count <> (SELECT count(*) FROM comments c WHERE c.idea_id = i.id AND c.deleted_at IS NULL)`,
    );
    expect(mismatches).toBe(0);
  });
});
