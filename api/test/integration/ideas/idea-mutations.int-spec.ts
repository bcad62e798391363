import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { DomainEventBus, type DomainEvents } from '../../../src/core/events/domain-events.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

interface IdeaNode {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  voteCount: number;
  trendScore: number;
  status: { key: string };
  author: { id: string };
  board: { slug: string };
}

const FIELDS = 'id title body bodyHtml tags voteCount trendScore status { key } author { id } board { slug }';
const SUBMIT = `mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteIdea(id: $id) }`;
const CHANGE = `mutation ($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id status { key } } }`;
const IDEA = `query ($id: ID!) { idea(id: $id) { ${FIELDS} } }`;
const CAN = `query ($id: ID!) { idea(id: $id) { viewerCanEdit viewerCanDelete } }`;
const LIST = `query ($board: String!, $search: String) {
  ideas(boardSlug: $board, first: 100, search: $search) { totalCount edges { node { id } } }
}`;

describe('idea mutations', () => {
  let t: TestApp;
  let member: TestAccount;
  let other: TestAccount;
  let moderator: TestAccount;
  let pm: TestAccount;
  let admin: TestAccount;
  const events: Array<[string, unknown]> = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    [member, other, moderator, pm, admin] = await Promise.all([
      signUpAs(t, 'member'),
      signUpAs(t, 'member'),
      signUpAs(t, 'moderator'),
      signUpAs(t, 'product_manager'),
      signUpAs(t, 'admin'),
    ]);
    const bus = t.app.get(DomainEventBus);
    for (const name of ['idea.submitted', 'idea.updated', 'idea.deleted'] as Array<keyof DomainEvents>) {
      bus.on(name, (payload) => events.push([name, payload]));
    }
  });
  afterAll(() => t.close());

  const submit = async (who: TestAccount, input: Record<string, unknown> = {}, board = 'feedback') => {
    const response = await t.gql<{ submitIdea: IdeaNode }>(
      SUBMIT,
      {
        input: { boardSlug: board, title: 'Keyboard shortcuts for everything', body: 'Please **add** them', ...input },
      },
      who.headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.submitIdea;
  };

  describe('submitIdea', () => {
    it('opens the idea, backed by its author, and announces it after commit', async () => {
      const idea = await submit(member, { title: '  Keyboard shortcuts  ', tags: [' Editor ', 'editor', 'ux-2'] });
      expect(idea).toMatchObject({
        title: 'Keyboard shortcuts',
        tags: ['editor', 'ux-2'],
        voteCount: 1,
        status: { key: 'open' },
        author: { id: member.id },
        board: { slug: 'feedback' },
        bodyHtml: '<p>Please <strong>add</strong> them</p>\n',
      });
      expect(idea.trendScore).toBeGreaterThan(0);
      const votes = await t.db.dataSource.query(`SELECT user_id FROM votes WHERE idea_id = $1`, [idea.id]);
      expect(votes).toEqual([{ user_id: member.id }]);
      expect(events).toContainEqual([
        'idea.submitted',
        { ideaId: idea.id, boardId: expect.any(String), authorId: member.id },
      ]);
    });

    it('reports every invalid field at once', async () => {
      const response = await t.gql(
        SUBMIT,
        {
          input: {
            boardSlug: 'feedback',
            title: '  ab  ',
            body: 'x'.repeat(10_001),
            tags: ['a', 'b', 'c', 'd', 'e', 'f'],
          },
        },
        member.headers,
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: {
          title: 'Title needs at least 4 characters.',
          body: 'Description can have at most 10,000 characters.',
          tags: 'Use at most 5 tags.',
        },
      });
      const tooLong = await t.gql(
        SUBMIT,
        { input: { boardSlug: 'feedback', title: 'x'.repeat(121), tags: ['no spaces', 'ok', 'x'.repeat(31)] } },
        member.headers,
      );
      expect(tooLong.errors?.[0].extensions?.fields).toEqual({
        title: 'Title can have at most 120 characters.',
        tags: expect.stringContaining('"no spaces"'),
      });
      expect(tooLong.errors?.[0].extensions?.fields?.tags).toContain('x'.repeat(31));
    });

    it('accepts the limits exactly and dedupes tags before counting them', async () => {
      const idea = await submit(member, {
        title: 'x'.repeat(120),
        body: 'y'.repeat(10_000),
        tags: ['a', 'b', 'c', 'd', 'e', 'A', ' b '],
      });
      expect(idea.tags).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    it('needs a signed-in member', async () => {
      const response = await t.gql(SUBMIT, { input: { boardSlug: 'feedback', title: 'Anonymous idea' } });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateIdea', () => {
    it('lets the author edit until staff change the status, and staff at any time', async () => {
      const idea = await submit(member);
      const edited = await t.gql<{ updateIdea: IdeaNode }>(
        UPDATE,
        { input: { id: idea.id, title: 'Keyboard shortcuts, everywhere', tags: ['UX'] } },
        member.headers,
      );
      expect(edited.data?.updateIdea).toMatchObject({ title: 'Keyboard shortcuts, everywhere', tags: ['ux'] });
      expect(edited.data?.updateIdea.body).toBe(idea.body); // omitted fields stay
      expect(events).toContainEqual(['idea.updated', { ideaId: idea.id, actorId: member.id }]);

      const stranger = await t.gql(UPDATE, { input: { id: idea.id, title: 'Hijacked title' } }, other.headers);
      expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });

      const moved = await t.gql(CHANGE, { input: { ideaId: idea.id, statusKey: 'under_review' } }, pm.headers);
      expect(moved.errors).toBeUndefined();

      const late = await t.gql(UPDATE, { input: { id: idea.id, body: 'Too late' } }, member.headers);
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EDIT_WINDOW_CLOSED' });

      for (const staff of [moderator, pm, admin]) {
        const byStaff = await t.gql<{ updateIdea: IdeaNode }>(
          UPDATE,
          { input: { id: idea.id, body: `Edited by ${staff.role}` } },
          staff.headers,
        );
        expect(byStaff.data?.updateIdea.body).toBe(`Edited by ${staff.role}`);
      }
    });

    it('tells each viewer whether they may edit or delete, as updateIdea and deleteIdea decide', async () => {
      const idea = await submit(member);
      const can = async (who: TestAccount | null) =>
        (
          await t.gql<{ idea: { viewerCanEdit: boolean; viewerCanDelete: boolean } }>(
            CAN,
            { id: idea.id },
            who?.headers,
          )
        ).data?.idea;
      expect(await can(member)).toEqual({ viewerCanEdit: true, viewerCanDelete: true });
      expect(await can(other)).toEqual({ viewerCanEdit: false, viewerCanDelete: false });
      expect(await can(null)).toEqual({ viewerCanEdit: false, viewerCanDelete: false });
      expect(await can(moderator)).toEqual({ viewerCanEdit: true, viewerCanDelete: true });

      const moved = await t.gql(CHANGE, { input: { ideaId: idea.id, statusKey: 'planned' } }, pm.headers);
      expect(moved.errors).toBeUndefined();
      // The edit window closed; the author may still delete, as deleteIdea allows.
      expect(await can(member)).toEqual({ viewerCanEdit: false, viewerCanDelete: true });
      expect(await can(moderator)).toEqual({ viewerCanEdit: true, viewerCanDelete: true });
      const late = await t.gql(UPDATE, { input: { id: idea.id, title: 'Edited too late' } }, member.headers);
      expect(late.errors?.[0].extensions?.reason).toBe('EDIT_WINDOW_CLOSED');
    });

    it('validates the fields given', async () => {
      const idea = await submit(member);
      const response = await t.gql(UPDATE, { input: { id: idea.id, title: 'abc', tags: ['#'] } }, member.headers);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { title: expect.any(String), tags: expect.any(String) },
      });
    });
  });

  describe('deleteIdea', () => {
    it('hides the idea from lists, search and idea()', async () => {
      const idea = await submit(member, { title: 'Zeppelin delivery of notebooks' });
      const before = await t.gql<{ ideas: { totalCount: number } }>(LIST, { board: 'feedback' });

      const stranger = await t.gql(DELETE, { id: idea.id }, other.headers);
      expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const deleted = await t.gql<{ deleteIdea: boolean }>(DELETE, { id: idea.id }, member.headers);
      expect(deleted.data?.deleteIdea).toBe(true);
      expect(events).toContainEqual(['idea.deleted', { ideaId: idea.id, actorId: member.id }]);

      const after = await t.gql<{ ideas: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(LIST, {
        board: 'feedback',
      });
      expect(after.data?.ideas.totalCount).toBe(before.data!.ideas.totalCount - 1);
      expect(after.data?.ideas.edges.map((e) => e.node.id)).not.toContain(idea.id);
      const search = await t.gql<{ ideas: { totalCount: number } }>(LIST, { board: 'feedback', search: 'zeppelin' });
      expect(search.data?.ideas.totalCount).toBe(0);
      const similar = await t.gql<{ similarIdeas: Array<{ id: string }> }>(
        `{ similarIdeas(boardSlug: "feedback", text: "Zeppelin delivery") { id } }`,
      );
      expect(similar.data?.similarIdeas.map((i) => i.id)).not.toContain(idea.id);
      expect((await t.gql(IDEA, { id: idea.id })).data).toEqual({ idea: null });

      const again = await t.gql(DELETE, { id: idea.id }, member.headers);
      expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const edit = await t.gql(UPDATE, { input: { id: idea.id, title: 'Back again' } }, moderator.headers);
      expect(edit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('lets a moderator delete anyone’s idea', async () => {
      const idea = await submit(member);
      const deleted = await t.gql<{ deleteIdea: boolean }>(DELETE, { id: idea.id }, moderator.headers);
      expect(deleted.data?.deleteIdea).toBe(true);
    });
  });

  describe('private boards', () => {
    it('answers NOT_FOUND to outsiders and lets granted members in', async () => {
      const created = await t.gql(
        `mutation { createBoard(input: { slug: "secret-lab", name: "Secret lab", isPrivate: true }) { slug } }`,
        {},
        admin.headers,
      );
      expect(created.errors).toBeUndefined();
      const idea = await submit(admin, { title: 'Confidential roadmap item' }, 'secret-lab');

      const outsider = await t.gql(
        SUBMIT,
        { input: { boardSlug: 'secret-lab', title: 'Let me in please' } },
        member.headers,
      );
      expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(IDEA, { id: idea.id }, member.headers)).data).toEqual({ idea: null });
      expect((await t.gql(IDEA, { id: idea.id })).data).toEqual({ idea: null });
      const list = await t.gql(LIST, { board: 'secret-lab' }, member.headers);
      expect(list.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const edit = await t.gql(UPDATE, { input: { id: idea.id, title: 'Sneaky edit' } }, member.headers);
      expect(edit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const similar = await t.gql(`{ similarIdeas(boardSlug: "secret-lab", text: "Confidential") { id } }`);
      expect(similar.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const roadmap = await t.gql(`{ roadmap(boardSlug: "secret-lab") { status { key } } }`, {}, member.headers);
      expect(roadmap.errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const notAdmin = await t.gql(
        `mutation ($id: ID!) { grantBoardAccess(boardSlug: "secret-lab", userId: $id) { slug } }`,
        { id: member.id },
        pm.headers,
      );
      expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const granted = await t.gql(
        `mutation ($id: ID!) { grantBoardAccess(boardSlug: "secret-lab", userId: $id) { slug } }`,
        { id: member.id },
        admin.headers,
      );
      expect(granted.errors).toBeUndefined();
      expect((await t.gql<{ idea: IdeaNode }>(IDEA, { id: idea.id }, member.headers)).data?.idea.id).toBe(idea.id);
      await submit(member, { title: 'Now I can post here' }, 'secret-lab');
    });
  });
});
