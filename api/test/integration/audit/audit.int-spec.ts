import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createIdea } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

interface Entry {
  action: string;
  subjectType: string;
  subjectId: string;
  before: string | null;
  after: string | null;
  actor: { id: string } | null;
  idea: { id: string } | null;
  subjectUser: { id: string } | null;
}
const LOG = `query ($action: String, $actorId: ID, $since: DateTime, $first: Int, $after: String) {
  auditLog(action: $action, actorId: $actorId, since: $since, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { action subjectType subjectId before after actor { id } idea { id } subjectUser { id } createdAt } } } }`;

describe('audit log', () => {
  let t: TestApp;
  let admin: TestAccount;
  let moderator: TestAccount;
  let pm: TestAccount;
  let member: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    admin = await signUpAs(t, 'admin');
    moderator = await signUpAs(t, 'moderator');
    pm = await signUpAs(t, 'product_manager');
    member = await signUpAs(t, 'member');
  });
  afterAll(() => t.close());

  async function log(vars: Record<string, unknown> = {}): Promise<{ totalCount: number; entries: Entry[] }> {
    const r = await t.gql<{ auditLog: { totalCount: number; edges: Array<{ node: Entry }> } }>(
      LOG,
      vars,
      admin.headers,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return { totalCount: r.data.auditLog.totalCount, entries: r.data.auditLog.edges.map((e) => e.node) };
  }

  it('records who did what, before and after, for every kind of action, newest first', async () => {
    const since = new Date().toISOString();
    const a = await createIdea(t.db.dataSource, 'open', 'Audited source');
    const b = await createIdea(t.db.dataSource, 'open', 'Audited target');
    const c = await t.gql<{ postComment: { id: string } }>(
      `mutation ($id: ID!) { postComment(input: { ideaId: $id, body: "audited comment" }) { id } }`,
      { id: b },
      member.headers,
    );
    const commentId = c.data!.postComment.id;
    const steps: Array<[string, Record<string, string>, string, Record<string, unknown>]> = [
      [
        `mutation ($id: ID!) { changeIdeaStatus(input: { ideaId: $id, statusKey: "planned", note: "soon" }) { id } }`,
        pm.headers,
        'idea.status_changed',
        { id: b },
      ],
      [
        `mutation ($s: ID!, $t: ID!) { mergeIdeas(input: { sourceId: $s, targetId: $t }) { id } }`,
        moderator.headers,
        'idea.merged',
        { s: a, t: b },
      ],
      [`mutation ($id: ID!) { unmergeIdea(id: $id) { id } }`, moderator.headers, 'idea.unmerged', { id: a }],
      [`mutation ($id: ID!) { hideIdea(id: $id) { id } }`, moderator.headers, 'idea.hidden', { id: a }],
      [`mutation ($id: ID!) { unhideIdea(id: $id) { id } }`, moderator.headers, 'idea.unhidden', { id: a }],
      [
        `mutation ($id: ID!) { lockComments(ideaId: $id) { id } }`,
        moderator.headers,
        'idea.comments_locked',
        { id: b },
      ],
      [
        `mutation ($id: ID!) { unlockComments(ideaId: $id) { id } }`,
        moderator.headers,
        'idea.comments_unlocked',
        { id: b },
      ],
      [`mutation ($id: ID!) { hideComment(id: $id) { id } }`, moderator.headers, 'comment.hidden', { id: commentId }],
      [
        `mutation ($id: ID!) { unhideComment(id: $id) { id } }`,
        moderator.headers,
        'comment.unhidden',
        { id: commentId },
      ],
      [
        `mutation ($id: ID!) { suspendMember(userId: $id) { id } }`,
        moderator.headers,
        'user.suspended',
        { id: member.id },
      ],
      [
        `mutation ($id: ID!) { unsuspendMember(userId: $id) { id } }`,
        moderator.headers,
        'user.unsuspended',
        { id: member.id },
      ],
      [`mutation ($id: ID!) { deleteComment(id: $id) }`, moderator.headers, 'comment.deleted', { id: commentId }],
      [`mutation ($id: ID!) { deleteIdea(id: $id) }`, moderator.headers, 'idea.deleted', { id: a }],
      [
        `mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`,
        admin.headers,
        'user.role_changed',
        { id: member.id },
      ],
    ];
    for (const [query, headers, , vars] of steps) {
      const r = await t.gql(query, vars, headers);
      expect(r.errors).toBeUndefined();
    }
    const { entries, totalCount } = await log({ since, first: 100 });
    expect(totalCount).toBe(steps.length);
    expect(entries.map((e) => e.action)).toEqual(steps.map((s) => s[2]).reverse());

    const byAction = new Map(entries.map((e) => [e.action, e]));
    const status = byAction.get('idea.status_changed')!;
    expect(status).toMatchObject({ subjectType: 'idea', subjectId: b, actor: { id: pm.id } });
    expect(JSON.parse(status.after!)).toMatchObject({ statusKey: 'planned', note: 'soon' });
    expect(JSON.parse(status.before!)).toMatchObject({ statusKey: 'open' });
    expect(JSON.parse(status.before!)).toHaveProperty('statusId');
    // Links: the idea a comment belongs to; the member a user.* action applied to.
    expect(status).toMatchObject({ idea: { id: b }, subjectUser: null });
    expect(byAction.get('comment.hidden')).toMatchObject({ idea: { id: b }, subjectUser: null });
    expect(byAction.get('user.suspended')).toMatchObject({ idea: null, subjectUser: { id: member.id } });
    expect(byAction.get('idea.deleted')).toMatchObject({ subjectId: a, idea: null }); // gone: no link
    const merge = byAction.get('idea.merged')!;
    expect(merge).toMatchObject({ subjectId: a, actor: { id: moderator.id } });
    expect(JSON.parse(merge.before!)).toMatchObject({ mergedIntoId: null });
    expect(JSON.parse(merge.after!)).toMatchObject({ mergedIntoId: b, movedVotes: 0 });
    expect(JSON.parse(byAction.get('comment.hidden')!.after!)).toEqual({ hidden: true });
    expect(JSON.parse(byAction.get('user.role_changed')!.before!)).toEqual({ role: 'member' });
    expect(JSON.parse(byAction.get('user.role_changed')!.after!)).toEqual({ role: 'moderator' });
    expect(JSON.parse(byAction.get('user.suspended')!.before!)).toEqual({ suspendedUntil: null });
  });

  it('filters by action and actor, pages newest first, and is for admins only', async () => {
    const byAction = await log({ action: 'idea.merged' });
    expect(byAction.entries.every((e) => e.action === 'idea.merged')).toBe(true);
    const byActor = await log({ actorId: pm.id });
    expect(byActor.entries.length).toBeGreaterThan(0);
    expect(byActor.entries.every((e) => e.actor?.id === pm.id)).toBe(true);

    const all = await log({ first: 100 });
    const page1 = await t.gql<{
      auditLog: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: Array<{ node: Entry }> };
    }>(LOG, { first: 5 }, admin.headers);
    expect(page1.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql<{ auditLog: { edges: Array<{ node: Entry }> } }>(
      LOG,
      { first: 100, after: page1.data!.auditLog.pageInfo.endCursor },
      admin.headers,
    );
    expect([...page1.data!.auditLog.edges, ...page2.data!.auditLog.edges].map((e) => e.node)).toEqual(all.entries);

    const ACTORS = `{ auditLogActors { id } }`;
    const actors = await t.gql<{ auditLogActors: Array<{ id: string }> }>(ACTORS, {}, admin.headers);
    expect(actors.data!.auditLogActors.map((u) => u.id).sort()).toEqual([admin.id, moderator.id, pm.id].sort());
    for (const who of [moderator, pm, member]) {
      expect((await t.gql(LOG, {}, who.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(ACTORS, {}, who.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('writes nothing when the action fails or changes nothing', async () => {
    const plain = await signUpAs(t, 'member');
    const before = (await log()).totalCount;
    const idea = await createIdea(t.db.dataSource);
    await t.gql(`mutation ($id: ID!) { hideIdea(id: $id) { id } }`, { id: idea }, plain.headers); // forbidden
    await t.gql(`mutation ($id: ID!) { unhideIdea(id: $id) { id } }`, { id: idea }, moderator.headers); // no-op
    await t.gql(
      `mutation ($id: ID!) { changeIdeaStatus(input: { ideaId: $id, statusKey: "open" }) { id } }`,
      { id: idea },
      pm.headers,
    );
    expect((await log()).totalCount).toBe(before);
  });
});
