import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs } from '../../utils/accounts.js';
import { ok, submitIdea } from '../../utils/follow-up-work.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const GRANT = `mutation ($id: ID!) { grantBoardAccess(boardSlug: "inner-circle", userId: $id) { slug } }`;
const REVOKE = `mutation ($id: ID!) { revokeBoardAccess(boardSlug: "inner-circle", userId: $id) { slug } }`;
const BOARD = `query { board(slug: "inner-circle") { slug } }`;
const LISTED = `query ($slug: String!) { ideas(boardSlug: $slug, sort: NEW, first: 50) { edges { node { title } } } }`;

describe('admin of people and boards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
  });
  afterAll(() => t.close());

  it('grants and revokes access to a private board (admins only)', async () => {
    const admin = await signUpAs(t, 'admin');
    const member = await signUpAs(t);
    await ok(
      t,
      `mutation { createBoard(input: { slug: "inner-circle", name: "Inner circle", isPrivate: true }) { slug } }`,
      {},
      admin,
    );
    await ok(t, GRANT, { id: member.id }, admin);
    expect(await ok(t, BOARD, {}, member)).toEqual({ board: { slug: 'inner-circle' } });

    const pm = await signUpAs(t, 'product_manager');
    expect((await t.gql(REVOKE, { id: member.id }, pm.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await ok(t, REVOKE, { id: member.id }, admin);
    expect(await ok(t, BOARD, {}, member)).toEqual({ board: null });
    await ok(t, REVOKE, { id: member.id }, admin); // twice is harmless
    expect((await t.gql(REVOKE, { id: 'nope' }, admin.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets admins search people by name or e-mail, with the private boards each may see', async () => {
    const admin = await signUpAs(t, 'admin');
    const zelda = await signUpAs(t, 'member', 'Zelda Searchable');
    await ok(t, GRANT, { id: zelda.id }, admin);
    const PEOPLE = `query ($search: String) { people(search: $search) { user { id displayName email role } privateBoards } }`;
    const byName = await ok<{ people: Array<{ user: { id: string }; privateBoards: string[] }> }>(
      t,
      PEOPLE,
      { search: 'zelda search' },
      admin,
    );
    expect(byName.people).toEqual([
      {
        user: { id: zelda.id, displayName: 'Zelda Searchable', email: zelda.email, role: 'MEMBER' },
        privateBoards: ['inner-circle'],
      },
    ]);
    const byEmail = await ok<{ people: Array<{ user: { id: string } }> }>(
      t,
      PEOPLE,
      { search: zelda.email.toUpperCase() },
      admin,
    );
    expect(byEmail.people.map((p) => p.user.id)).toEqual([zelda.id]);
    expect((await ok<{ people: unknown[] }>(t, PEOPLE, { search: '%' }, admin)).people).toEqual([]);
    expect((await ok<{ people: unknown[] }>(t, PEOPLE, {}, admin)).people.length).toBeGreaterThan(3);
    expect((await t.gql(PEOPLE, {}, zelda.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('turns pre-moderation of first ideas on and off from the board form’s input', async () => {
    const admin = await signUpAs(t, 'admin');
    const created = await ok<{ createBoard: { premoderateFirstIdea: boolean } }>(
      t,
      `mutation { createBoard(input: { slug: "careful", name: "Careful", premoderateFirstIdea: true }) { premoderateFirstIdea } }`,
      {},
      admin,
    );
    expect(created.createBoard.premoderateFirstIdea).toBe(true);
    const newcomer = await signUpAs(t);
    await submitIdea(t, newcomer, 'Held for a moderator', 'careful');
    const listed = await ok<{ ideas: { edges: Array<{ node: { title: string } }> } }>(
      t,
      LISTED,
      { slug: 'careful' },
      admin,
    );
    expect(listed.ideas.edges.map((e) => e.node.title)).not.toContain('Held for a moderator');

    const updated = await ok<{ updateBoard: { premoderateFirstIdea: boolean } }>(
      t,
      `mutation { updateBoard(input: { slug: "careful", premoderateFirstIdea: false }) { premoderateFirstIdea } }`,
      {},
      admin,
    );
    expect(updated.updateBoard.premoderateFirstIdea).toBe(false);
    const other = await signUpAs(t);
    await submitIdea(t, other, 'Listed at once', 'careful');
    const after = await ok<{ ideas: { edges: Array<{ node: { title: string } }> } }>(
      t,
      LISTED,
      { slug: 'careful' },
      admin,
    );
    expect(after.ideas.edges.map((e) => e.node.title)).toContain('Listed at once');
  });
});
