import { XMLParser } from 'fast-xml-parser';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { ChangelogNotificationsService } from '../../../src/modules/changelog/changelog-notifications.service.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createPrivateIdea } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { VOTE, notificationsOf, ok, settled, submitIdea } from '../../utils/follow-up-work.js';

const CREATE = `mutation ($input: CreateChangelogEntryInput!) {
  createChangelogEntry(input: $input) { id title releasedOn publishedAt bodyHtml ideas { id } }
}`;
const PUBLISH = `mutation ($input: PublishChangelogEntryInput!) { publishChangelogEntry(input: $input) { id publishedAt } }`;
const LIST = `query ($drafts: Boolean) { changelog(drafts: $drafts) { totalCount edges { node { id title ideas { id title } } } } }`;
const ENTRY = `query ($id: ID!) { changelogEntry(id: $id) { id title ideas { id title } } }`;
const PREFS = `mutation ($email: EmailFrequency!) { updateNotificationPreferences(input: { email: $email }) { email } }`;
const STATUS_OF = `query ($id: ID!) { idea(id: $id) { status { key } } }`;

describe('changelog', () => {
  let t: TestApp;
  let pm: TestAccount;
  let member: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    pm = await signUpAs(t, 'product_manager', 'Pat Release');
    member = await signUpAs(t, 'member', 'Mia Member');
  });
  afterAll(() => t.close());

  const errorOf = async (query: string, variables: Record<string, unknown>, who?: TestAccount) => {
    const response = await t.gql(query, variables, who?.headers);
    return response.errors?.[0]?.extensions as { code: string; reason: string; fields?: Record<string, string> };
  };

  const changelogMail = () =>
    t.db.dataSource.query<Array<{ to: string; subject: string; text: string }>>(
      `SELECT payload->>'to' AS to, payload->>'subject' AS subject, payload->>'text' AS text
         FROM outbox WHERE kind = 'notification' AND payload->>'subject' LIKE 'Shipped:%'`,
    );

  it('keeps drafts to product managers and checks every field', async () => {
    const ideaId = await submitIdea(t, member, 'Drafts stay private please');
    const { createChangelogEntry: draft } = await ok<{
      createChangelogEntry: { id: string; releasedOn: string; publishedAt: null; bodyHtml: string; ideas: unknown[] };
    }>(
      t,
      CREATE,
      { input: { title: 'Draft notes', body: 'Hello <script>x()</script> **bold**', ideaIds: [ideaId] } },
      pm,
    );
    expect(draft.publishedAt).toBeNull();
    expect(draft.releasedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(draft.bodyHtml).toContain('<strong>bold</strong>');
    expect(draft.bodyHtml).not.toContain('<script');
    expect(draft.ideas).toEqual([{ id: ideaId }]);

    const listed = await ok<{ changelog: { edges: Array<{ node: { id: string } }> } }>(t, LIST, {}, member);
    expect(listed.changelog.edges.map((e) => e.node.id)).not.toContain(draft.id);
    expect((await errorOf(ENTRY, { id: draft.id }, member)).code).toBe('NOT_FOUND');
    expect((await errorOf(LIST, { drafts: true }, member)).code).toBe('FORBIDDEN');
    const drafts = await ok<{ changelog: { edges: Array<{ node: { id: string } }> } }>(t, LIST, { drafts: true }, pm);
    expect(drafts.changelog.edges.map((e) => e.node.id)).toContain(draft.id);

    expect((await errorOf(CREATE, { input: { title: 'Mine', ideaIds: [] } }, member)).code).toBe('FORBIDDEN');
    const invalid = await errorOf(
      CREATE,
      { input: { title: '   ', releasedOn: '2025-02-30', ideaIds: [ideaId, ideaId] } },
      pm,
    );
    expect(invalid.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(invalid.fields ?? {}).sort()).toEqual(['ideaIds', 'releasedOn', 'title']);
    const hostile = await errorOf(CREATE, { input: { title: 'x', releasedOn: '9'.repeat(100_000) } }, pm);
    expect(hostile.fields?.releasedOn).toBeDefined();
  });

  it('publishes once, moves linked ideas to done, and tells each backer once by their mail preference', async () => {
    const first = await submitIdea(t, member, 'Export to spreadsheets');
    const second = await submitIdea(t, member, 'Dark mode everywhere');
    const both = await signUpAs(t, 'member', 'Backs Both');
    const never = await signUpAs(t, 'member', 'Never Mail');
    await ok(t, PREFS, { email: 'NEVER' }, never);
    for (const id of [first, second]) await ok(t, VOTE, { id }, both);
    await ok(t, VOTE, { id: second }, never);
    await ok(t, VOTE, { id: first }, pm); // the publisher backs it too: never told of their own act
    await settled(t);

    const { createChangelogEntry: entry } = await ok<{ createChangelogEntry: { id: string } }>(
      t,
      CREATE,
      { input: { title: 'Release 2.0', body: 'Spreadsheets and a **dark** theme.', ideaIds: [first, second] } },
      pm,
    );
    await ok(t, PUBLISH, { input: { id: entry.id, markIdeasDone: true } }, pm);
    await settled(t);

    for (const id of [first, second]) {
      expect(await ok(t, STATUS_OF, { id }, member)).toEqual({ idea: { status: { key: 'done' } } });
    }
    const [{ notes }] = await t.db.dataSource.query<Array<{ notes: string[] }>>(
      `SELECT array_agg(note) AS notes FROM status_changes WHERE idea_id = ANY($1::uuid[])`,
      [[first, second]],
    );
    expect(notes).toEqual(['Shipped in “Release 2.0”.', 'Shipped in “Release 2.0”.']);

    const told = async (who: TestAccount) =>
      (await notificationsOf(t, who)).nodes.filter((n) => n.kind === 'CHANGELOG');
    const [forBoth] = await told(both);
    expect(await told(both)).toHaveLength(1);
    expect(forBoth.message).toContain('Release 2.0');
    expect(forBoth.url).toMatch(new RegExp(`/changelog/${entry.id}$`));
    expect(await told(never)).toHaveLength(1);
    expect(await told(member)).toHaveLength(1); // the author backs their own ideas
    expect(await told(pm)).toHaveLength(0);

    // Mail: immediately for those who want it, none for NEVER, each at most once.
    const mail = async () => (await changelogMail()).map((m) => m.to).sort();
    expect(await mail()).toEqual([both.email, member.email].sort());
    const [text] = (await changelogMail()).filter((m) => m.to === both.email).map((m) => m.text);
    expect(text).toContain('Spreadsheets and a **dark** theme.');
    expect(text).toMatch(/unsubscribe/i);

    // A retried job tells nobody twice; publishing twice is refused.
    await t.app.get(ChangelogNotificationsService).onPublished({ entryId: entry.id, actorId: pm.id });
    expect(await told(both)).toHaveLength(1);
    expect(await mail()).toEqual([both.email, member.email].sort());
    expect((await errorOf(PUBLISH, { input: { id: entry.id, markIdeasDone: true } }, pm)).reason).toBe(
      'ALREADY_PUBLISHED',
    );
  });

  it('never shows or tells a private idea to those who cannot see it, on the page, in the feed and by notification', async () => {
    const privateId = await createPrivateIdea(t.db.dataSource);
    const publicId = await submitIdea(t, member, 'Public part of the release');
    const outsider = await signUpAs(t, 'member', 'Former Insider');
    // The outsider backed the private idea while they had access (granted, then revoked).
    await t.db.dataSource.query(`INSERT INTO votes (idea_id, user_id) VALUES ($1, $2)`, [privateId, outsider.id]);
    const { createChangelogEntry: entry } = await ok<{ createChangelogEntry: { id: string } }>(
      t,
      CREATE,
      { input: { title: 'Mixed release', ideaIds: [privateId, publicId] } },
      pm,
    );
    // A board without a Done status (this private one drops it): publishing with markIdeasDone is refused as a whole.
    await t.db.dataSource.query(
      `DELETE FROM statuses WHERE key = 'done' AND board_id = (SELECT board_id FROM ideas WHERE id = $1)`,
      [privateId],
    );
    expect((await errorOf(PUBLISH, { input: { id: entry.id, markIdeasDone: true } }, pm)).code).toBe('BAD_USER_INPUT');
    expect((await errorOf(ENTRY, { id: entry.id }, member)).code).toBe('NOT_FOUND');
    expect(await ok(t, STATUS_OF, { id: publicId }, member)).toEqual({ idea: { status: { key: 'open' } } });

    await ok(t, PUBLISH, { input: { id: entry.id, markIdeasDone: false } }, pm);
    await settled(t);
    const anonymous = await t.gql<{ changelogEntry: { ideas: Array<{ id: string }> } }>(ENTRY, { id: entry.id });
    expect(anonymous.data?.changelogEntry.ideas.map((i) => i.id)).toEqual([publicId]);
    const staff = await ok<{ changelogEntry: { ideas: Array<{ id: string }> } }>(t, ENTRY, { id: entry.id }, pm);
    expect(staff.changelogEntry.ideas.map((i) => i.id)).toEqual([privateId, publicId]);

    const feed = await fetch(`${t.url}/feeds/changelog.atom`);
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await feed.text();
    expect(xml).not.toContain('A secret idea');
    const parsed = new XMLParser().parse(xml) as { feed: { entry: Array<{ title: string; content: string }> } };
    const mixed = parsed.feed.entry.find((e) => e.title === 'Mixed release');
    expect(mixed?.content).toContain('Public part of the release');

    const outsiderNotes = (await notificationsOf(t, outsider)).nodes.filter((n) => n.kind === 'CHANGELOG');
    expect(outsiderNotes).toHaveLength(0);
    const memberNotes = (await notificationsOf(t, member)).nodes.filter((n) => n.message.includes('Mixed release'));
    expect(memberNotes).toHaveLength(1);
  });

  it('refuses to link a merged idea', async () => {
    const source = await submitIdea(t, member, 'Merged away duplicate');
    const target = await submitIdea(t, member, 'The surviving original');
    await ok(
      t,
      `mutation ($input: MergeIdeasInput!) { mergeIdeas(input: $input) { id } }`,
      {
        input: { sourceId: source, targetId: target },
      },
      pm,
    );
    const refused = await errorOf(CREATE, { input: { title: 'Bad link', ideaIds: [source] } }, pm);
    expect(refused.reason).toBe('IDEA_MERGED');
  });
});
