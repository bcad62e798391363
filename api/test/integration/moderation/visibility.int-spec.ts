import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const WORD = 'zanzibarquux';
const SUBMIT = `mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { id pending hidden } }`;
const POST = `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`;

/** Hidden and pending content must be absent from every read path a non-staff viewer has. */
describe('hidden and pending content', () => {
  let t: TestApp;
  let moderator: TestAccount;
  let newcomer: TestAccount;
  let regular: TestAccount;
  let reader: TestAccount;
  let hiddenId: string;
  let pendingId: string;
  let visibleId: string;
  let hiddenCommentId: string;
  let hiddenReplyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    moderator = await signUpAs(t, 'moderator');
    newcomer = await signUpAs(t, 'member');
    regular = await signUpAs(t, 'member');
    reader = await signUpAs(t, 'member');
    const submit = async (who: TestAccount, title: string) => {
      const r = await t.gql<{ submitIdea: { id: string; pending: boolean; hidden: boolean } }>(
        SUBMIT,
        { input: { boardSlug: 'feedback', title, body: `Body mentioning ${WORD}` } },
        who.headers,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.submitIdea;
    };
    // regular posts before pre-moderation is on; their ideas are never pending.
    const visible = await submit(regular, `Visible idea about ${WORD}`);
    visibleId = visible.id;
    const toHide = await submit(regular, `Hidden idea about ${WORD}`);
    hiddenId = toHide.id;
    await t.gql(`mutation ($id: ID!) { hideIdea(id: $id) { id } }`, { id: hiddenId }, moderator.headers);
    await t.db.dataSource.query(`UPDATE boards SET premoderate_first_idea = true WHERE slug = 'feedback'`);
    const pending = await submit(newcomer, `Pending idea about ${WORD}`);
    expect(pending).toMatchObject({ pending: true, hidden: false });
    pendingId = pending.id;
    // Regular already has approved ideas: not pending.
    expect((await submit(regular, `Another visible idea ${WORD}`)).pending).toBe(false);
    // Both hidden and pending ideas on a roadmap column, so the roadmap has to filter them.
    await t.db.dataSource.query(
      `UPDATE ideas SET status_id = (SELECT id FROM statuses s WHERE s.board_id = ideas.board_id AND s.key = 'planned')
        WHERE id = ANY($1::uuid[])`,
      [[hiddenId, pendingId, visibleId]],
    );
    const top = await t.gql<{ postComment: { id: string } }>(
      POST,
      { input: { ideaId: visibleId, body: `Rude ${WORD} comment` } },
      regular.headers,
    );
    hiddenCommentId = top.data!.postComment.id;
    const reply = await t.gql<{ postComment: { id: string } }>(
      POST,
      { input: { ideaId: visibleId, parentId: hiddenCommentId, body: `Rude ${WORD} reply` } },
      regular.headers,
    );
    hiddenReplyId = reply.data!.postComment.id;
    for (const id of [hiddenCommentId, hiddenReplyId]) {
      const r = await t.gql(
        `mutation ($id: ID!) { hideComment(id: $id) { id hidden body } }`,
        { id },
        moderator.headers,
      );
      expect(r.data).toEqual({ hideComment: { id, hidden: true, body: '' } });
    }
  });
  afterAll(() => t.close());

  const viewers = () =>
    [
      ['anonymous', {}],
      ['a member', reader.headers],
    ] as const;

  it.each(['TRENDING', 'TOP', 'NEW'])('leaves them out of the %s list and its totalCount', async (sort) => {
    for (const [, headers] of viewers()) {
      const r = await t.gql<{ ideas: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        `query ($sort: IdeaSort!) { ideas(boardSlug: "feedback", sort: $sort, first: 100) { totalCount edges { node { id } } } }`,
        { sort },
        headers,
      );
      const ids = r.data!.ideas.edges.map((e) => e.node.id);
      expect(ids).toContain(visibleId);
      expect(ids).not.toContain(hiddenId);
      expect(ids).not.toContain(pendingId);
      expect(r.data!.ideas.totalCount).toBe(ids.length);
    }
  });

  it('leaves them out of search, similar ideas and the roadmap', async () => {
    for (const [, headers] of viewers()) {
      const search = await t.gql<{ ideas: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        `{ ideas(boardSlug: "feedback", search: "${WORD}") { totalCount edges { node { id } } } }`,
        {},
        headers,
      );
      expect(search.data!.ideas.totalCount).toBe(2);
      expect(search.data!.ideas.edges.map((e) => e.node.id)).not.toEqual(expect.arrayContaining([hiddenId]));
      const similar = await t.gql<{ similarIdeas: Array<{ id: string }> }>(
        `{ similarIdeas(boardSlug: "feedback", text: "${WORD} idea", first: 20) { id } }`,
        {},
        headers,
      );
      const similarIds = similar.data!.similarIdeas.map((i) => i.id);
      expect(similarIds).toContain(visibleId);
      expect(similarIds).not.toContain(hiddenId);
      expect(similarIds).not.toContain(pendingId);
      const roadmap = await t.gql<{
        roadmap: Array<{
          status: { key: string };
          ideas: { totalCount: number; edges: Array<{ node: { id: string } }> };
        }>;
      }>(
        `{ roadmap(boardSlug: "feedback") { status { key } ideas(first: 100) { totalCount edges { node { id } } } } }`,
        {},
        headers,
      );
      const planned = roadmap.data!.roadmap.find((c) => c.status.key === 'planned')!;
      const plannedIds = planned.ideas.edges.map((e) => e.node.id);
      expect(plannedIds).toContain(visibleId);
      expect(plannedIds).not.toContain(hiddenId);
      expect(plannedIds).not.toContain(pendingId);
      expect(planned.ideas.totalCount).toBe(plannedIds.length);
    }
  });

  it('answers idea(id) with null, and refuses votes and comments on them', async () => {
    for (const [, headers] of viewers()) {
      for (const id of [hiddenId, pendingId]) {
        const r = await t.gql<{ idea: unknown }>(`query ($id: ID!) { idea(id: $id) { id } }`, { id }, headers);
        expect(r.data!.idea).toBeNull();
      }
    }
    for (const id of [hiddenId, pendingId]) {
      const vote = await t.gql(`mutation ($id: ID!) { castVote(ideaId: $id) { id } }`, { id }, reader.headers);
      expect(vote.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const comment = await t.gql(POST, { input: { ideaId: id, body: 'hello' } }, reader.headers);
      expect(comment.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const flag = await t.gql(
        `mutation ($id: ID!) { flagContent(input: { ideaId: $id, reason: SPAM }) { id } }`,
        { id },
        reader.headers,
      );
      expect(flag.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    // Its author still sees the pending idea, staff see both.
    const own = await t.gql<{ idea: { pending: boolean } }>(
      `query ($id: ID!) { idea(id: $id) { pending } }`,
      { id: pendingId },
      newcomer.headers,
    );
    expect(own.data!.idea).toEqual({ pending: true });
    const staff = await t.gql<{ idea: { hidden: boolean } }>(
      `query ($id: ID!) { idea(id: $id) { hidden } }`,
      { id: hiddenId },
      moderator.headers,
    );
    expect(staff.data!.idea).toEqual({ hidden: true });
  });

  it('shows hidden comments and replies as placeholders without their text, to everyone', async () => {
    for (const [, headers] of [...viewers(), ['staff', moderator.headers] as const]) {
      const r = await t.gql<{
        idea: {
          comments: {
            edges: Array<{
              node: {
                id: string;
                hidden: boolean;
                body: string;
                bodyHtml: string;
                replies: Array<{ id: string; hidden: boolean; body: string; bodyHtml: string }>;
              };
            }>;
          };
        };
      }>(
        `query ($id: ID!) { idea(id: $id) { comments { edges { node { id hidden body bodyHtml replies { id hidden body bodyHtml } } } } } }`,
        { id: visibleId },
        headers,
      );
      const top = r.data!.idea.comments.edges.find((e) => e.node.id === hiddenCommentId)!.node;
      expect(top).toMatchObject({ hidden: true, body: '', bodyHtml: '' });
      expect(top.replies).toEqual([{ id: hiddenReplyId, hidden: true, body: '', bodyHtml: '' }]);
      expect(JSON.stringify(r.data)).not.toContain(WORD);
    }
  });

  it('publishes a pending idea once a moderator approves it', async () => {
    const member = await t.gql(
      `mutation ($id: ID!) { approveIdea(id: $id) { id } }`,
      { id: pendingId },
      reader.headers,
    );
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const queue = await t.gql<{ pendingIdeas: { edges: Array<{ node: { id: string } }> } }>(
      `{ pendingIdeas { edges { node { id } } } }`,
      {},
      moderator.headers,
    );
    expect(queue.data!.pendingIdeas.edges.map((e) => e.node.id)).toEqual([pendingId]);
    const approved = await t.gql<{ approveIdea: { pending: boolean } }>(
      `mutation ($id: ID!) { approveIdea(id: $id) { pending } }`,
      { id: pendingId },
      moderator.headers,
    );
    expect(approved.data!.approveIdea.pending).toBe(false);
    const seen = await t.gql<{ idea: { id: string } | null }>(`query ($id: ID!) { idea(id: $id) { id } }`, {
      id: pendingId,
    });
    expect(seen.data!.idea).toEqual({ id: pendingId });
    const next = await t.gql<{ submitIdea: { pending: boolean } }>(
      SUBMIT,
      { input: { boardSlug: 'feedback', title: 'Second idea of the newcomer' } },
      newcomer.headers,
    );
    expect(next.data!.submitIdea.pending).toBe(false);
    await t.db.dataSource.query(`UPDATE boards SET premoderate_first_idea = false WHERE slug = 'feedback'`);
  });
});
