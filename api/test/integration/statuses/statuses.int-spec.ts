import { DomainEventBus, type DomainEvents } from '../../../src/core/events/domain-events.js';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { DEFAULT_STATUSES } from '../../../src/modules/statuses/status.sql.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const CHANGE = `mutation ($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id status { key } } }`;
const HISTORY = `query ($id: ID!) { idea(id: $id) {
  statusHistory { from { key } to { key } note noteHtml at by { id } }
} }`;
const ROADMAP = `query ($first: Int, $after: String) { roadmap(boardSlug: "feedback") {
  status { key position }
  ideas(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title voteCount } } }
} }`;

interface Column {
  status: { key: string; position: number };
  ideas: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; title: string; voteCount: number } }>;
  };
}

/** The SQL the app sends through DataSource.query while `work` runs (the real queries still run). */
async function recordStatements(t: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const dataSource = t.db.dataSource;
  const original = dataSource.query.bind(dataSource);
  dataSource.query = ((sql: string, params?: unknown[]) => {
    statements.push(sql);
    return original(sql, params);
  }) as typeof dataSource.query;
  try {
    await work();
  } finally {
    dataSource.query = original;
  }
  return statements;
}

describe('statuses, history and roadmap', () => {
  let t: TestApp;
  let member: TestAccount;
  let moderator: TestAccount;
  let pm: TestAccount;
  let admin: TestAccount;
  const changes: Array<DomainEvents['idea.status_changed']> = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    [member, moderator, pm, admin] = await Promise.all([
      signUpAs(t, 'member'),
      signUpAs(t, 'moderator'),
      signUpAs(t, 'product_manager'),
      signUpAs(t, 'admin'),
    ]);
    t.app.get(DomainEventBus).on('idea.status_changed', (payload) => changes.push(payload));
  });
  afterAll(() => t.close());

  const newIdea = async (title = 'Idea for status tests') => {
    const response = await t.gql<{ submitIdea: { id: string } }>(
      `mutation ($title: String!) { submitIdea(input: { boardSlug: "feedback", title: $title }) { id } }`,
      { title },
      member.headers,
    );
    return response.data!.submitIdea.id;
  };

  describe('changeIdeaStatus', () => {
    it('is for product managers and admins only', async () => {
      const id = await newIdea();
      const input = { ideaId: id, statusKey: 'planned', note: '' };
      expect((await t.gql(CHANGE, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(CHANGE, { input }, member.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(CHANGE, { input }, moderator.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const byPm = await t.gql<{ changeIdeaStatus: { status: { key: string } } }>(CHANGE, { input }, pm.headers);
      expect(byPm.data?.changeIdeaStatus.status.key).toBe('planned');
      const byAdmin = await t.gql<{ changeIdeaStatus: { status: { key: string } } }>(
        CHANGE,
        { input: { ...input, statusKey: 'in_progress' } },
        admin.headers,
      );
      expect(byAdmin.data?.changeIdeaStatus.status.key).toBe('in_progress');
    });

    it('records history oldest first, in the same transaction, and announces each change', async () => {
      const id = await newIdea();
      await t.gql(
        CHANGE,
        { input: { ideaId: id, statusKey: 'under_review', note: 'Looking into **it**' } },
        pm.headers,
      );
      await t.gql(CHANGE, { input: { ideaId: id, statusKey: 'planned', note: '' } }, admin.headers);
      // Same status again: a no-op, no history row, no event.
      const same = await t.gql<{ changeIdeaStatus: { status: { key: string } } }>(
        CHANGE,
        { input: { ideaId: id, statusKey: 'planned', note: 'again' } },
        pm.headers,
      );
      expect(same.data?.changeIdeaStatus.status.key).toBe('planned');

      const { data } = await t.gql<{
        idea: {
          statusHistory: Array<{
            from: { key: string } | null;
            to: { key: string };
            note: string;
            noteHtml: string;
            at: string;
            by: { id: string };
          }>;
        };
      }>(HISTORY, { id });
      const history = data!.idea.statusHistory;
      expect(history.map((h) => [h.from?.key, h.to.key, h.by.id])).toEqual([
        ['open', 'under_review', pm.id],
        ['under_review', 'planned', admin.id],
      ]);
      expect(history[0]).toMatchObject({
        note: 'Looking into **it**',
        noteHtml: '<p>Looking into <strong>it</strong></p>\n',
      });
      expect(new Date(history[0].at).getTime()).toBeLessThanOrEqual(new Date(history[1].at).getTime());
      expect(changes.filter((c) => c.ideaId === id).map((c) => c.note)).toEqual(['Looking into **it**', '']);

      const [row] = await t.db.dataSource.query(`SELECT staff_touched_at FROM ideas WHERE id = $1`, [id]);
      expect(row.staff_touched_at).not.toBeNull();
    });

    it('rejects an unknown status key and an overlong note per field', async () => {
      const id = await newIdea();
      const unknown = await t.gql(CHANGE, { input: { ideaId: id, statusKey: 'shipped', note: '' } }, pm.headers);
      expect(unknown.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { statusKey: expect.any(String) },
      });
      const long = await t.gql(
        CHANGE,
        { input: { ideaId: id, statusKey: 'done', note: 'n'.repeat(5001) } },
        pm.headers,
      );
      expect(long.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { note: expect.any(String) },
      });
      const missing = await t.gql(
        CHANGE,
        { input: { ideaId: '00000000-0000-4000-8000-000000000000', statusKey: 'done' } },
        pm.headers,
      );
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('loads the history of a whole page of ideas in one query', async () => {
      const statements = await recordStatements(t, async () => {
        const { data, errors } = await t.gql<{ ideas: { edges: Array<{ node: { statusHistory: unknown[] } }> } }>(
          `{ ideas(boardSlug: "feedback", first: 20) { edges { node { statusHistory { to { key } by { id } } } } } }`,
        );
        expect(errors).toBeUndefined();
        expect(data!.ideas.edges.some((e) => e.node.statusHistory.length > 0)).toBe(true);
      });
      expect(statements.filter((sql) => sql.includes('FROM status_changes'))).toHaveLength(1);
    });
  });

  describe('roadmap', () => {
    it('has one column per roadmap status in position order, ideas by votes', async () => {
      const { data, errors } = await t.gql<{ roadmap: Column[] }>(ROADMAP, {});
      expect(errors).toBeUndefined();
      const expected = DEFAULT_STATUSES.filter((s) => s.showOnRoadmap).map((s) => s.key);
      expect(data!.roadmap.map((c) => c.status.key)).toEqual(expected);
      for (const column of data!.roadmap) {
        const votes = column.ideas.edges.map((e) => e.node.voteCount);
        expect(votes).toEqual([...votes].sort((a, b) => b - a));
        expect(column.ideas.totalCount).toBeGreaterThanOrEqual(column.ideas.edges.length);
      }
      const inProgress = data!.roadmap.find((c) => c.status.key === 'in_progress')!;
      expect(inProgress.ideas.edges[0].node.title).toBe('Dark mode for the editor');
    });

    it('pages each column with keyset cursors in a constant number of statements', async () => {
      const planned = await t.db.dataSource.query<Array<{ id: string }>>(
        `SELECT i.id FROM ideas i JOIN statuses s ON s.id = i.status_id JOIN boards b ON b.id = s.board_id
          WHERE b.slug = 'feedback' AND s.key = 'planned' AND i.deleted_at IS NULL`,
      );
      expect(planned.length).toBeGreaterThanOrEqual(2);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: { data?: { roadmap: Column[] } | null } = await t.gql<{ roadmap: Column[] }>(ROADMAP, {
          first: 1,
          after,
        });
        const column = page.data!.roadmap.find((c) => c.status.key === 'planned')!;
        expect(column.ideas.totalCount).toBe(planned.length);
        seen.push(...column.ideas.edges.map((e) => e.node.id));
        after = column.ideas.pageInfo.hasNextPage ? column.ideas.pageInfo.endCursor : null;
      } while (after);
      expect(seen.sort()).toEqual(planned.map((p) => p.id).sort());

      const statements = await recordStatements(t, () => t.gql(ROADMAP, { first: 3 }));
      expect(statements.filter((sql) => sql.includes('FROM ideas'))).toHaveLength(2); // pages + counts
    });

    it('follows status edits: hiding a column and reordering', async () => {
      const statuses = await t.gql<{ board: { statuses: Array<{ id: string; key: string; position: number }> } }>(
        `{ board(slug: "feedback") { statuses { id key position } } }`,
      );
      const byKey = new Map(statuses.data!.board.statuses.map((s) => [s.key, s]));
      expect(statuses.data!.board.statuses.map((s) => s.key)).toEqual(DEFAULT_STATUSES.map((s) => s.key));

      const update = `mutation ($input: UpdateStatusInput!) { updateStatus(input: $input) { key name position showOnRoadmap color } }`;
      const denied = await t.gql(update, { input: { id: byKey.get('done')!.id, showOnRoadmap: false } }, pm.headers);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await t.gql(update, { input: { id: byKey.get('done')!.id, showOnRoadmap: false } }, admin.headers);
      const moved = await t.gql<{ updateStatus: { position: number; color: string } }>(
        update,
        { input: { id: byKey.get('under_review')!.id, position: 9, color: '#ABCDEF' } },
        admin.headers,
      );
      expect(moved.data?.updateStatus).toMatchObject({ position: 9, color: '#abcdef' });
      const bad = await t.gql(
        update,
        { input: { id: byKey.get('planned')!.id, name: '', color: 'red' } },
        admin.headers,
      );
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: expect.any(String), color: expect.any(String) },
      });

      const { data } = await t.gql<{ roadmap: Column[] }>(ROADMAP, {});
      expect(data!.roadmap.map((c) => c.status.key)).toEqual(['planned', 'in_progress', 'under_review']);
    });
  });

  describe('createStatus and boards', () => {
    it('adds a status once per key (admins)', async () => {
      const create = `mutation ($input: CreateStatusInput!) { createStatus(input: $input) { key name position showOnRoadmap } }`;
      const input = { boardSlug: 'feedback', key: 'beta', name: 'In beta', color: '#0ea5e9', showOnRoadmap: true };
      expect((await t.gql(create, { input }, pm.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const created = await t.gql<{ createStatus: { position: number } }>(create, { input }, admin.headers);
      expect(created.data?.createStatus).toMatchObject({ key: 'beta', showOnRoadmap: true });
      expect(created.data!.createStatus.position).toBeGreaterThan(5);
      const again = await t.gql(create, { input }, admin.headers);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { key: expect.any(String) } });
      const bad = await t.gql(create, { input: { ...input, key: 'Beta Two' } }, admin.headers);
      expect(bad.errors?.[0].extensions?.fields).toHaveProperty('key');
    });

    it('creates boards with the default statuses and refuses a taken or malformed slug', async () => {
      const create = `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { slug name statuses { key } } }`;
      const made = await t.gql<{ createBoard: { statuses: Array<{ key: string }> } }>(
        create,
        { input: { slug: 'mobile-app', name: 'Mobile app' } },
        admin.headers,
      );
      expect(made.data?.createBoard.statuses.map((s) => s.key)).toEqual(DEFAULT_STATUSES.map((s) => s.key));
      const taken = await t.gql(create, { input: { slug: 'mobile-app', name: 'Again' } }, admin.headers);
      expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { slug: expect.any(String) } });
      const bad = await t.gql(create, { input: { slug: 'Mobile App', name: '' } }, admin.headers);
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { slug: expect.any(String), name: expect.any(String) },
      });
      expect((await t.gql(create, { input: { slug: 'x', name: 'X' } }, pm.headers)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );

      const update = `mutation ($input: UpdateBoardInput!) { updateBoard(input: $input) { slug name isPrivate } }`;
      const renamed = await t.gql(
        update,
        { input: { slug: 'mobile-app', newSlug: 'mobile', isPrivate: true } },
        admin.headers,
      );
      expect(renamed.data).toEqual({ updateBoard: { slug: 'mobile', name: 'Mobile app', isPrivate: true } });
      const clash = await t.gql(update, { input: { slug: 'mobile', newSlug: 'feedback' } }, admin.headers);
      expect(clash.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { newSlug: expect.any(String) } });
    });
  });
});
