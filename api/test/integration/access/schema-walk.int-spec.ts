import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { subscribeLive } from '../../utils/live-notifications.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

/**
 * Every field of the schema that returns an Idea or a Comment (or a page or list of them) is
 * found from the schema itself and queried as an anonymous visitor, another member and a
 * suspended member, pointed at hidden, pending, deleted and private-board content: none of
 * that content may come back, by id or by its text. A new field that returns ideas or comments
 * joins the walk by itself; if the walk does not know how to reach its parent type or how to
 * fill one of its arguments, this test fails and says what to add (REACH, INPUTS below).
 * Staff, the pending idea's author and a granted member still reach what they should.
 */
const MARK = `walk${Date.now().toString(36)}`;
const secret = (what: string) => `${MARK}-${what}-secret`;
const PUBLIC = 'feedback';
const RANGE = { from: '2000-01-01T00:00:00Z', to: '2001-12-31T00:00:00Z' };

type Headers = Record<string, string>;
type Selection = (inner: string) => string;

interface Fixture {
  visibleIdea: string;
  mergedIdea: string;
  privateSlug: string;
  /** Ideas and comments that must never reach the personas below, by id. */
  forbiddenIds: string[];
  /** Text that must never reach them (titles, bodies of hidden or removed content). */
  forbiddenText: string[];
  author: TestAccount;
  follower: TestAccount;
  pendingAuthor: TestAccount;
  admin: TestAccount;
  moderator: TestAccount;
  granted: TestAccount;
  hiddenIdea: string;
  pendingIdea: string;
  privateIdea: string;
}

describe('access: every field that returns an idea or a comment', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let f: Fixture;
  const personas: Record<string, Headers> = {};

  const gql = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who: Headers) => {
    const response = await t.gql<T>(query, variables, who);
    const invalid = response.errors?.find((e) => e.extensions?.reason?.startsWith('GRAPHQL_'));
    if (invalid) throw new Error(`the walk wrote an invalid query: ${invalid.message}\n${query}`);
    return response;
  };
  const ok = async <T>(query: string, variables: Record<string, unknown>, who: Headers): Promise<T> => {
    const response = await gql<T>(query, variables, who);
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    schema = t.app.get(GraphQLSchemaHost).schema;
    f = await buildFixture(t, ok);
    personas.anonymous = {};
    // The other member follows an idea that was hidden after they were notified about it.
    personas['another member'] = f.follower.headers;
    const suspended = await signUpAs(t, 'member');
    await t.db.dataSource.query(`UPDATE users SET suspended_until = now() + interval '1 day' WHERE id = $1`, [
      suspended.id,
    ]);
    personas['a suspended member'] = suspended.headers;
    // Published release notes linking every forbidden idea besides a visible one.
    const [{ id: entryId }] = await t.db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO changelog_entries (title, created_by_id, published_at, published_by_id)
       VALUES ('Everything shipped', $1, now(), $1) RETURNING id`,
      [f.admin.id],
    );
    await t.db.dataSource.query(
      `INSERT INTO changelog_entry_ideas (entry_id, idea_id, position)
       SELECT $1, i.id, row_number() OVER () FROM ideas i WHERE i.id = ANY($2::uuid[])`,
      [entryId, [...f.forbiddenIds, f.visibleIdea]],
    );
  }, 60_000);

  afterAll(() => t?.close());

  /** How to reach objects of a type, for fields declared on it. */
  const REACH: Record<string, () => Selection[]> = {
    Query: () => [(s) => `{ ${s} }`],
    Mutation: () => [(s) => `mutation { ${s} }`],
    Idea: () => [
      (s) => `{ idea(id: "${f.visibleIdea}") { ${s} } }`,
      (s) => `{ idea(id: "${f.mergedIdea}") { ${s} } }`,
      (s) => `{ ideas(boardSlug: "${PUBLIC}", first: 100) { edges { node { ${s} } } } }`,
    ],
    Comment: () => [
      (s) =>
        `{ idea(id: "${f.visibleIdea}") { comments(first: 100) { edges { node { ${s} reply: replies { ${s} } } } } } }`,
    ],
    Notification: () => [(s) => `{ notifications(first: 100) { edges { node { ${s} } } } }`],
    User: () => [(s) => `{ user(id: "${f.author.id}") { ${s} } }`, (s) => `{ user(id: "${f.admin.id}") { ${s} } }`],
    RoadmapColumn: () => [
      (s) => `{ roadmap(boardSlug: "${PUBLIC}") { ${s} } }`,
      (s) => `{ roadmap(boardSlug: "${f.privateSlug}") { ${s} } }`,
    ],
    AuditEntry: () => [(s) => `{ auditLog(first: 100) { edges { node { ${s} } } } }`],
    ChangelogEntry: () => [(s) => `{ changelog(first: 100) { edges { node { ${s} } } } }`],
    DuplicateSuggestion: () => [
      (s) => `{ duplicateSuggestions(boardSlug: "${PUBLIC}", first: 100) { edges { node { ${s} } } } }`,
    ],
    ModerationItem: () => [(s) => `{ moderationQueue(first: 100) { edges { node { ${s} } } } }`],
    BoardAnalytics: () => [
      (s) => `{ boardAnalytics(boardSlug: "${PUBLIC}", from: "${RANGE.from}", to: "${RANGE.to}") { ${s} } }`,
    ],
    // Over the socket, while staff vote on every idea (see `live` below).
    IdeaChange: () => [
      (s) => `subscription { ideaChanged(boardSlug: "${PUBLIC}") { ${s} } }`,
      (s) => `subscription { ideaChanged(boardSlug: "${f.privateSlug}") { ${s} } }`,
    ],
  };

  /**
   * A subscription's messages (as JSON) while an admin votes on, then takes the vote back from,
   * the visible idea and every forbidden one. Sockets need a session: anonymous is refused.
   */
  async function live(query: string, who: Headers): Promise<string> {
    const subscription = subscribeLive<unknown>(t.url, who, { query }, 'ideaChanged');
    const messages: unknown[] = [];
    await new Promise((resolve) => setTimeout(resolve, 200)); // the subscription is registered
    for (const id of [f.visibleIdea, ...f.forbiddenIds]) {
      for (const mutation of ['castVote', 'retractVote'])
        await t.gql(`mutation ($id: ID!) { ${mutation}(ideaId: $id) { id } }`, { id }, f.admin.headers);
    }
    try {
      for (;;) messages.push(await subscription.next(300));
    } catch {
      // nothing more within 300 ms, or refused
    }
    await subscription.close();
    return JSON.stringify(messages);
  }

  /** Inputs of mutations that take an input object, aimed at `id` (a forbidden idea or comment). */
  const INPUTS: Record<string, (id: string) => string> = {
    changeIdeaStatus: (id) => `{ ideaId: "${id}", statusKey: "planned", note: "" }`,
    editComment: (id) => `{ id: "${id}", body: "edited" }`,
    mergeIdeas: (id) => `{ sourceId: "${f.visibleIdea}", targetId: "${id}" }`,
    postComment: (id) => `{ ideaId: "${id}", body: "hello" }`,
    setIdeaPriority: (id) => `{ ideaId: "${id}", impact: 1 }`,
    recordVoteOnBehalf: (id) => `{ ideaId: "${id}", customerId: "${f.author.id}", source: CALL }`,
    submitIdea: () => `{ boardSlug: "${f.privateSlug}", title: "Sneaking in" }`,
    updateIdea: (id) => `{ id: "${id}", title: "Changed title" }`,
  };

  /** Values for a field's arguments: every combination the walk sends. */
  function argumentSets(field: GraphQLField<unknown, unknown>, root: 'Query' | 'Mutation' | null): string[] {
    let sets = [''];
    for (const arg of field.args) {
      const values = valuesOf(field.name, arg, root);
      if (values.length === 0) {
        if (isNonNullType(arg.type) && arg.defaultValue === undefined)
          throw new Error(`the walk cannot fill ${field.name}(${arg.name}): add it to valuesOf`);
        continue;
      }
      sets = sets.flatMap((set) => values.map((value) => (value === null ? set : `${set} ${arg.name}: ${value}`)));
    }
    return sets.map((set) => (set ? `(${set.trim()})` : ''));
  }

  /** The values to send for an argument; null: once without it. */
  function valuesOf(fieldName: string, arg: GraphQLArgument, root: 'Query' | 'Mutation' | null): Array<string | null> {
    const type = getNamedType(arg.type);
    const targets = root === 'Mutation' ? f.forbiddenIds : [...f.forbiddenIds, f.visibleIdea];
    if (isInputObjectType(type)) {
      const input = INPUTS[fieldName];
      if (!input) throw new Error(`the walk cannot build the input of ${fieldName}: add it to INPUTS`);
      return f.forbiddenIds.map((id) => input(id));
    }
    if (type.name === 'ID') return targets.map((id) => JSON.stringify(id));
    if (arg.name === 'first') return ['100'];
    if (arg.name === 'boardSlug' || arg.name === 'slug') return [PUBLIC, f.privateSlug].map((s) => JSON.stringify(s));
    if (arg.name === 'text') return [JSON.stringify(`${MARK} secret idea`)];
    if (arg.name === 'search') return [null, JSON.stringify(`${MARK} secret idea`)];
    if (arg.name === 'from' || arg.name === 'to') return [JSON.stringify(RANGE[arg.name])];
    return []; // optional filters (after, status, tag, sort, unreadOnly, ...) keep their defaults
  }

  function selectionOf(field: GraphQLField<unknown, unknown>): string {
    const name = getNamedType(field.type).name;
    const idea = 'id title body';
    const comment = 'id body';
    if (name === 'Idea') return `{ ${idea} }`;
    if (name === 'Comment') return `{ ${comment} }`;
    if (name === 'IdeaConnection') return `{ edges { node { ${idea} } } }`;
    return `{ edges { node { ${comment} } } }`;
  }

  /** (parent type, field) for every field returning ideas or comments; edges are covered by their connection. */
  function fieldsReturningContent(): Array<[string, GraphQLField<unknown, unknown>]> {
    const targets = new Set(['Idea', 'Comment', 'IdeaConnection', 'CommentConnection']);
    return Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !type.name.endsWith('Edge'))
      .flatMap((type) =>
        Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields())
          .filter((field) => targets.has(getNamedType(field.type).name))
          .map((field): [string, GraphQLField<unknown, unknown>] => [type.name, field]),
      );
  }

  it('finds the fields in the schema, and knows how to reach each of them', () => {
    const fields = fieldsReturningContent();
    // A sanity floor: the schema has 39 such fields today (edges aside).
    expect(fields.length).toBeGreaterThanOrEqual(39);
    for (const [parent, field] of fields) {
      expect({ field: `${parent}.${field.name}`, reachable: parent in REACH }).toEqual({
        field: `${parent}.${field.name}`,
        reachable: true,
      });
      const root = parent === 'Query' || parent === 'Mutation' ? parent : null;
      expect(() => argumentSets(field, root)).not.toThrow();
    }
  });

  it.each(['anonymous', 'another member', 'a suspended member'])(
    'shows %s no hidden, pending, deleted or private-board idea or comment through any field',
    async (persona) => {
      const who = personas[persona];
      const leaks: string[] = [];
      let sawVisible = false;
      for (const [parent, field] of fieldsReturningContent()) {
        const root = parent === 'Query' || parent === 'Mutation' ? parent : null;
        for (const reach of REACH[parent]()) {
          for (const args of argumentSets(field, root)) {
            const query = reach(`${field.name}${args} ${selectionOf(field)}`);
            const text = query.startsWith('subscription')
              ? await live(query, who)
              : JSON.stringify((await gql(query, {}, who)).data ?? null);
            if (text.includes(`${MARK}-visible`)) sawVisible = true;
            // The socket really carried changes to whoever may open one (a silent socket would prove nothing).
            if (query.startsWith('subscription') && query.includes(`"${PUBLIC}"`) && persona !== 'anonymous')
              expect(text).toContain(`${MARK}-visible`);
            for (const leaked of [...f.forbiddenIds, ...f.forbiddenText].filter((x) => text.includes(x)))
              leaks.push(`${parent}.${field.name}${args} → ${leaked}`);
          }
        }
      }
      expect(leaks).toEqual([]);
      // The walk really reached content (a walk of failing queries would prove nothing).
      expect(sawVisible).toBe(true);
    },
    120_000,
  );

  it('lets staff, the author of a pending idea and a granted member reach what they may', async () => {
    const IDEA = `query ($id: ID!) { idea(id: $id) { id } }`;
    const seen = async (id: string, who: TestAccount) =>
      (await ok<{ idea: { id: string } | null }>(IDEA, { id }, who.headers)).idea?.id ?? null;
    expect(await seen(f.hiddenIdea, f.moderator)).toBe(f.hiddenIdea);
    expect(await seen(f.pendingIdea, f.moderator)).toBe(f.pendingIdea);
    expect(await seen(f.privateIdea, f.moderator)).toBe(f.privateIdea);
    expect(await seen(f.pendingIdea, f.pendingAuthor)).toBe(f.pendingIdea);
    expect(await seen(f.privateIdea, f.granted)).toBe(f.privateIdea);
    expect(await seen(f.hiddenIdea, f.author)).toBeNull();
    const pending = await ok<{ pendingIdeas: { edges: Array<{ node: { id: string } }> } }>(
      `{ pendingIdeas(first: 100) { edges { node { id } } } }`,
      {},
      f.moderator.headers,
    );
    expect(pending.pendingIdeas.edges.map((e) => e.node.id)).toContain(f.pendingIdea);
    const audit = await ok<{ auditLog: { edges: Array<{ node: { idea: { id: string } | null } }> } }>(
      `{ auditLog(first: 100) { edges { node { idea { id } } } } }`,
      {},
      f.admin.headers,
    );
    expect(audit.auditLog.edges.map((e) => e.node.idea?.id)).toContain(f.hiddenIdea);
  });
});

type Ok = <T>(query: string, variables: Record<string, unknown>, who: Headers) => Promise<T>;

/** Builds the content: one of each kind of thing that must stay out of sight, through the API. */
async function buildFixture(t: TestApp, ok: Ok): Promise<Fixture> {
  const author = await signUpAs(t, 'member');
  const pendingAuthor = await signUpAs(t, 'member');
  const follower = await signUpAs(t, 'member');
  const moderator = await signUpAs(t, 'moderator');
  const pm = await signUpAs(t, 'product_manager');
  const admin = await signUpAs(t, 'admin');
  const granted = await signUpAs(t, 'member');

  const submit = async (who: TestAccount, what: string, boardSlug = PUBLIC) =>
    (
      await ok<{ submitIdea: { id: string } }>(
        `mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }`,
        { input: { boardSlug, title: `Idea ${secret(what)}`, body: `Body ${secret(`${what}-body`)}` } },
        who.headers,
      )
    ).submitIdea.id;
  const comment = async (who: TestAccount, ideaId: string, what: string, parentId?: string) =>
    (
      await ok<{ postComment: { id: string } }>(
        `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`,
        { input: { ideaId, body: `Comment ${secret(what)}`, parentId } },
        who.headers,
      )
    ).postComment.id;
  const act = (mutation: string, variables: Record<string, unknown>, who: TestAccount) =>
    ok(mutation, variables, who.headers);

  const visibleIdea = await submit(author, 'visible-idea');
  // The visible idea's marker is allowed: rename it so it does not match the secret pattern.
  await t.db.dataSource.query(`UPDATE ideas SET title = $2, body = $3 WHERE id = $1`, [
    visibleIdea,
    `Idea ${MARK}-visible`,
    `Body ${MARK}-visible`,
  ]);
  const visibleComment = await comment(author, visibleIdea, 'visible-comment');
  await t.db.dataSource.query(`UPDATE comments SET body = $2 WHERE id = $1`, [visibleComment, `${MARK}-visible`]);
  const hiddenComment = await comment(follower, visibleIdea, 'hidden-comment');
  await act(`mutation ($id: ID!) { hideComment(id: $id) { id } }`, { id: hiddenComment }, moderator);
  const removedComment = await comment(follower, visibleIdea, 'removed-comment');
  await comment(author, visibleIdea, 'reply-keeps-removed-shown', removedComment);
  await t.db.dataSource.query(`UPDATE comments SET body = $1 WHERE body LIKE '%reply-keeps-removed-shown%'`, [
    `${MARK}-visible reply`,
  ]);
  await act(`mutation ($id: ID!) { deleteComment(id: $id) }`, { id: removedComment }, follower);

  const hiddenIdea = await submit(author, 'hidden-idea');
  const commentOnHidden = await comment(author, hiddenIdea, 'comment-on-hidden');
  // A merged idea whose target is later hidden: Idea.mergedInto must not show the target.
  const mergedIdea = await submit(author, 'merged-source');
  await t.db.dataSource.query(`UPDATE ideas SET title = $2, body = '' WHERE id = $1`, [
    mergedIdea,
    `${MARK}-visible merged`,
  ]);
  await act(
    `mutation ($input: MergeIdeasInput!) { mergeIdeas(input: $input) { id } }`,
    { input: { sourceId: mergedIdea, targetId: hiddenIdea } },
    moderator,
  );
  // Someone following an idea hears of its status change, then the idea is hidden: the
  // notification stays, but Notification.idea must not show the idea to them.
  const notifiedIdea = await submit(author, 'notified-then-hidden');
  await act(`mutation ($id: ID!) { followIdea(ideaId: $id) { id } }`, { id: notifiedIdea }, follower);
  await act(
    `mutation ($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id } }`,
    { input: { ideaId: notifiedIdea, statusKey: 'planned', note: '' } },
    pm,
  );
  for (const id of [hiddenIdea, notifiedIdea])
    await act(`mutation ($id: ID!) { hideIdea(id: $id) { id } }`, { id }, moderator);
  // A duplicate suggestion and a flag pointing at the hidden idea (staff-only lists).
  await t.db.dataSource.query(
    `INSERT INTO duplicate_suggestions (board_id, idea_id, duplicate_of_id, suggested_by_id)
     SELECT board_id, $1, $2, $3 FROM ideas WHERE id = $1`,
    [visibleIdea, hiddenIdea, moderator.id],
  );

  const deletedIdea = await submit(author, 'deleted-idea');
  await act(`mutation ($id: ID!) { deleteIdea(id: $id) }`, { id: deletedIdea }, author);

  await t.db.dataSource.query(`UPDATE boards SET premoderate_first_idea = true WHERE slug = $1`, [PUBLIC]);
  const pendingIdea = await submit(pendingAuthor, 'pending-idea');
  await t.db.dataSource.query(`UPDATE boards SET premoderate_first_idea = false WHERE slug = $1`, [PUBLIC]);

  const privateSlug = `private-${MARK}`.toLowerCase();
  await act(
    `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id } }`,
    { input: { slug: privateSlug, name: 'Private', isPrivate: true } },
    admin,
  );
  const privateIdea = await submit(admin, 'private-idea', privateSlug);
  const privateComment = await comment(admin, privateIdea, 'private-comment');
  await act(
    `mutation ($slug: String!, $userId: ID!) { grantBoardAccess(boardSlug: $slug, userId: $userId) { id } }`,
    { slug: privateSlug, userId: granted.id },
    admin,
  );

  const forbiddenText = [
    'hidden-idea',
    'comment-on-hidden',
    'notified-then-hidden',
    'deleted-idea',
    'pending-idea',
    'private-idea',
    'private-comment',
    'hidden-comment',
    'removed-comment',
  ].flatMap((what) => [secret(what), secret(`${what}-body`)]);
  return {
    visibleIdea,
    mergedIdea,
    privateSlug,
    forbiddenIds: [hiddenIdea, notifiedIdea, deletedIdea, pendingIdea, privateIdea, commentOnHidden, privateComment],
    forbiddenText,
    author,
    follower,
    pendingAuthor,
    admin,
    moderator,
    granted,
    hiddenIdea,
    pendingIdea,
    privateIdea,
  };
}
