import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const SIMILAR = `query ($text: String!, $first: Int) {
  similarIdeas(boardSlug: "feedback", text: $text, first: $first) { title }
}`;

describe('similarIdeas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
  });
  afterAll(() => t.close());

  const titles = async (text: string, first?: number) => {
    const response = await t.gql<{ similarIdeas: Array<{ title: string }> }>(SIMILAR, { text, first });
    expect(response.errors).toBeUndefined();
    return response.data!.similarIdeas.map((i) => i.title);
  };

  it('tolerates typos', async () => {
    expect((await titles('drak mode'))[0]).toBe('Dark mode for the editor');
    expect(await titles('two factr authentcation')).toContain('Two-factor authentication');
  });

  it('finds partial, reordered wording', async () => {
    expect((await titles('editor theme dark'))[0]).toBe('Dark mode for the editor');
    expect((await titles('pdf export'))[0]).toBe('Export notes to Markdown and PDF');
  });

  it('ranks the closer title first and honours first', async () => {
    const found = await titles('offline mode', 2);
    expect(found).toHaveLength(2);
    expect(found[0]).toBe('Offline mode on mobile');
  });

  it('is empty for text under 3 characters or without any resemblance', async () => {
    expect(await titles('dm')).toEqual([]);
    expect(await titles('  ab  ')).toEqual([]);
    expect(await titles('zzqx wvvk')).toEqual([]);
  });

  it('rejects first above 20', async () => {
    const response = await t.gql(SIMILAR, { text: 'dark mode', first: 21 });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
  });

  it('corrects typos against words of ideas submitted later, and finds one-word matches', async () => {
    await t.db.dataSource.query(
      `INSERT INTO ideas (board_id, author_id, status_id, title)
       SELECT board_id, author_id, status_id, 'Swimlanes on the kanban view' FROM ideas
        WHERE title = 'Dark mode for the editor'`,
    );
    expect((await titles('kanbna swimlnaes'))[0]).toBe('Swimlanes on the kanban view');
    expect(await titles('swimlanes calendar invoices')).toContain('Swimlanes on the kanban view');
  });

  it('leaves out merged ideas', async () => {
    await t.db.dataSource.query(
      `INSERT INTO ideas (board_id, author_id, status_id, title, merged_into_id)
       SELECT board_id, author_id, status_id, 'Dark mode for the editor please', id FROM ideas
        WHERE title = 'Dark mode for the editor'`,
    );
    expect(await titles('dark mode editor please')).not.toContain('Dark mode for the editor please');
  });
});
