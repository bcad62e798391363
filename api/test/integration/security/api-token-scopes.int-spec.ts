import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createIdea } from '../../utils/fixtures.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../utils/test-app.js';

const CREATE = `mutation ($name: String!, $scope: ApiTokenScope, $days: Int) {
  createApiToken(name: $name, scope: $scope, expiresInDays: $days) { token apiToken { id name scope expiresAt } }
}`;
const VOTE = 'mutation ($id: ID!) { castVote(ideaId: $id) { id viewerHasVoted } }';
const AUDIT = '{ auditLog(first: 5) { totalCount } }';
const SET_ROLE = 'mutation ($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role } }';

interface Created {
  token: string;
  apiToken: { id: string; name: string; scope: string; expiresAt: string | null };
}

/**
 * API token scopes and expiry over real HTTP requests: a read token runs no mutation, a write
 * token nothing admin-only, an admin token needs an admin owner (and stops being one with them),
 * an expired token is refused like a revoked one; creating and revoking are audited.
 */
describe('API token scopes and expiry', () => {
  let t: TestApp;
  let member: TestAccount;
  let admin: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    [member, admin] = [await signUpAs(t), await signUpAs(t, 'admin')];
  });
  afterAll(() => t.close());

  async function create(owner: TestAccount, variables: Record<string, unknown>): Promise<Created> {
    const response = await t.gql<{ createApiToken: Created }>(CREATE, { name: 'Sync', ...variables }, owner.headers);
    expect(response.errors).toBeUndefined();
    return response.data!.createApiToken;
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const errorOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions;

  it('gives a read token queries but no mutation, and that is the default', async () => {
    const { token, apiToken } = await create(member, {});
    expect(apiToken).toMatchObject({ scope: 'READ', expiresAt: null });
    const ideaId = await createIdea(t.db.dataSource);
    expect((await t.gql<{ viewer: { id: string } }>('{ viewer { id } }', {}, bearer(token))).data).toEqual({
      viewer: { id: member.id },
    });
    const vote = await t.gql(VOTE, { id: ideaId }, bearer(token));
    expect(errorOf(vote)).toMatchObject({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
    const refused = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ query: VOTE, variables: { id: ideaId } }),
    });
    expect(refused.status).toBe(403); // a refused request, not a server fault
    const [{ votes }] = await t.db.dataSource.query<Array<{ votes: number }>>(
      `SELECT count(*)::int AS votes FROM votes WHERE idea_id = $1`,
      [ideaId],
    );
    expect(votes).toBe(0);
  });

  it('gives a write token mutations but nothing that needs the admin role, even for an admin', async () => {
    const { token } = await create(admin, { scope: 'WRITE' });
    const ideaId = await createIdea(t.db.dataSource);
    expect((await t.gql(VOTE, { id: ideaId }, bearer(token))).data).toEqual({
      castVote: { id: ideaId, viewerHasVoted: true },
    });
    expect(errorOf(await t.gql(AUDIT, {}, bearer(token)))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_REQUIRED',
    });
    const promote = await t.gql(SET_ROLE, { userId: member.id, role: 'MODERATOR' }, bearer(token));
    expect(errorOf(promote)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    // Staff rights below admin stay: the admin's write token still sees the moderation queue.
    const queue = await t.gql('{ moderationQueue(first: 1) { totalCount } }', {}, bearer(token));
    expect(queue.errors).toBeUndefined();
  });

  it('gives the admin scope only to admins, and only while they are admins', async () => {
    const refused = await t.gql(CREATE, { name: 'Root', scope: 'ADMIN' }, member.headers);
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE_NOT_ALLOWED' });

    const owner = await signUpAs(t, 'admin');
    const { token } = await create(owner, { scope: 'ADMIN' });
    expect((await t.gql(AUDIT, {}, bearer(token))).errors).toBeUndefined();
    const target = await signUpAs(t);
    expect((await t.gql(SET_ROLE, { userId: target.id, role: 'MODERATOR' }, bearer(token))).data).toEqual({
      setUserRole: { id: target.id, role: 'MODERATOR' },
    });
    await t.gql(SET_ROLE, { userId: owner.id, role: 'MEMBER' }, admin.headers);
    expect(errorOf(await t.gql(AUDIT, {}, bearer(token)))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an expired token like a revoked one, and lists it no more', async () => {
    const { token, apiToken } = await create(member, { scope: 'WRITE', days: 30 });
    const days = (Date.parse(apiToken.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect((await t.gql('{ viewer { id } }', {}, bearer(token))).errors).toBeUndefined();

    await t.db.dataSource.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      apiToken.id,
    ]);
    expect(errorOf(await t.gql('{ viewer { id } }', {}, bearer(token)))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_TOKEN',
    });
    const listed = await t.gql<{ apiTokens: Array<{ id: string }> }>('{ apiTokens { id } }', {}, member.headers);
    expect(listed.data!.apiTokens.map((row) => row.id)).not.toContain(apiToken.id);

    for (const bad of [0, -1, 366]) {
      expect(errorOf(await t.gql(CREATE, { name: 'Odd', days: bad }, member.headers))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { expiresInDays: expect.any(String) },
      });
    }
  });

  it('records creating and revoking a token in the audit log, without its secret', async () => {
    const owner = await signUpAs(t);
    const { token, apiToken } = await create(owner, { name: 'Audited', scope: 'WRITE', days: 7 });
    await t.gql('mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: apiToken.id }, owner.headers);
    await t.gql('mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: apiToken.id }, owner.headers);
    const log = await t.gql<{
      auditLog: {
        edges: Array<{
          node: { action: string; subjectType: string; subjectId: string; before: string | null; after: string | null };
        }>;
      };
    }>(
      `query ($actor: ID) { auditLog(first: 10, actorId: $actor) { edges { node { action subjectType subjectId before after } } } }`,
      { actor: owner.id },
      admin.headers,
    );
    const entries = log.data!.auditLog.edges.map((edge) => edge.node);
    expect(entries.map((entry) => [entry.action, entry.subjectType, entry.subjectId])).toEqual([
      ['api_token.revoked', 'api_token', apiToken.id],
      ['api_token.created', 'api_token', apiToken.id],
    ]);
    expect(JSON.parse(entries[1].after!)).toEqual({ name: 'Audited', scope: 'write', expiresAt: apiToken.expiresAt });
    expect(JSON.parse(entries[0].before!)).toMatchObject({ name: 'Audited', scope: 'write' });
    expect(JSON.stringify(entries)).not.toContain(token.slice('chorus_'.length));
  });
});
