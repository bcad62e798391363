import { SignJWT } from 'jose';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { sessionCookieOf, signUpAs, type TestAccount } from '../../utils/accounts.js';
import { COMMENT, VOTE, ok, settled, submitIdea } from '../../utils/follow-up-work.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const EXPORT = 'mutation { exportMyData }';
const DELETE = 'mutation ($password: String) { deleteAccount(password: $password) }';
const VIEWER = '{ viewer { id hasPassword } }';
const APP_SECRET = 'a-shared-secret-between-chorus-and-the-app-0123';

describe('data rights: download everything, delete the account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      sso: { oidc: undefined, appToken: { secret: APP_SECRET, jwksUrl: undefined, loginUrl: undefined } },
    });
    await seedDemo(t.db.dataSource);
  });
  afterAll(() => t.close());

  async function activeMember(): Promise<{ member: TestAccount; ideaId: string; otherIdeaId: string }> {
    const member = await signUpAs(t, 'member', 'Mira Data');
    const other = await signUpAs(t, 'member', 'Other Author');
    const ideaId = await submitIdea(t, member, 'Export my ideas please');
    const otherIdeaId = await submitIdea(t, other, 'Someone else’s idea');
    await ok(t, VOTE, { id: otherIdeaId }, member);
    await ok(t, COMMENT, { input: { ideaId: otherIdeaId, body: 'A comment of mine' } }, member);
    await ok(t, 'mutation ($id: ID!) { followIdea(ideaId: $id) { id } }', { id: otherIdeaId }, member);
    await ok(t, 'mutation { createApiToken(name: "sync") { token } }', {}, member);
    await settled(t);
    return { member, ideaId, otherIdeaId };
  }

  it('exports everything held about the member as JSON, without any secret, and audits it', async () => {
    const { member, ideaId, otherIdeaId } = await activeMember();
    const { exportMyData } = await ok<{ exportMyData: string }>(t, EXPORT, {}, member);
    expect(exportMyData).not.toMatch(/password_hash|token_hash|scrypt\$/);
    const data = JSON.parse(exportMyData) as Record<string, Array<Record<string, unknown>>> & {
      account: Record<string, unknown>;
    };
    expect(data.account).toMatchObject({ id: member.id, email: member.email, display_name: 'Mira Data' });
    expect(data.ideas.map((i) => i.id)).toEqual([ideaId]);
    expect(data['comments.author_id'] ?? data.comments).toEqual([
      expect.objectContaining({ idea_id: otherIdeaId, body: 'A comment of mine' }),
    ]);
    expect(data.votes.map((v) => v.idea_id).sort()).toEqual([ideaId, otherIdeaId].sort());
    expect(data.idea_follows.map((f) => f.idea_id)).toContain(otherIdeaId);
    expect(data.api_tokens).toEqual([expect.objectContaining({ name: 'sync' })]);
    expect(data.sessions.length).toBeGreaterThan(0);
    const [audit] = await t.db.dataSource.query<unknown[]>(
      `SELECT 1 FROM audit_log WHERE action = 'user.data_exported' AND actor_id = $1`,
      [member.id],
    );
    expect(audit).toBeDefined();
    expect((await t.gql(EXPORT)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('deletes the account with its password: personal data goes, ideas and comments stay, votes still count', async () => {
    const { member, ideaId, otherIdeaId } = await activeMember();
    const before = await ok<{ idea: { voteCount: number } }>(
      t,
      'query ($id: ID!) { idea(id: $id) { voteCount } }',
      {
        id: otherIdeaId,
      },
      member,
    );
    const wrong = await t.gql(DELETE, { password: 'not my password' }, member.headers);
    expect(wrong.errors?.[0].extensions).toMatchObject({ reason: 'WRONG_PASSWORD' });
    expect((await t.gql(DELETE, {}, member.headers)).errors?.[0].extensions?.reason).toBe('WRONG_PASSWORD');

    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...member.headers },
      body: JSON.stringify({ query: DELETE, variables: { password: member.password } }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ deleteAccount: true });
    expect(response.headers.getSetCookie().join(';')).toMatch(/chorus_session=;/);
    expect((await t.gql(VIEWER, {}, member.headers)).data).toEqual({ viewer: null });

    const idea = await t.gql<{ idea: { author: { displayName: string } } }>(
      'query ($id: ID!) { idea(id: $id) { author { displayName } } }',
      { id: ideaId },
    );
    expect(idea.data?.idea.author.displayName).toBe('Former member');
    const after = await t.gql<{ idea: { voteCount: number } }>('query ($id: ID!) { idea(id: $id) { voteCount } }', {
      id: otherIdeaId,
    });
    expect(after.data?.idea.voteCount).toBe(before.idea.voteCount);
    const [row] = await t.db.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT email, display_name AS "displayName", deleted_at IS NOT NULL AS deleted,
              (SELECT count(*)::int FROM idea_follows WHERE user_id = u.id) AS follows,
              (SELECT count(*)::int FROM api_tokens WHERE user_id = u.id) AS tokens,
              (SELECT count(*)::int FROM sessions WHERE user_id = u.id) AS sessions,
              (SELECT count(*)::int FROM comments WHERE author_id = u.id) AS comments,
              (SELECT count(*)::int FROM outbox WHERE payload->>'to' = $2) AS mail
         FROM users u WHERE id = $1`,
      [member.id, member.email],
    );
    expect(row).toEqual({
      email: `deleted-${member.id}@invalid`,
      displayName: 'Former member',
      deleted: true,
      follows: 0,
      tokens: 0,
      sessions: 0,
      comments: 1,
      mail: 0,
    });
    const [audit] = await t.db.dataSource.query<unknown[]>(
      `SELECT 1 FROM audit_log WHERE action = 'user.deleted' AND subject_id = $1`,
      [member.id],
    );
    expect(audit).toBeDefined();

    // The address is free again, and the old password opens nothing.
    const signIn = await t.gql('mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }', {
      i: { email: member.email, password: member.password },
    });
    expect(signIn.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const again = await t.gql('mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
      i: { email: member.email, password: 'a fresh start', displayName: 'New Mira' },
    });
    expect(again.errors).toBeUndefined();
  });

  it('confirms deleting an account without a password by a fresh single sign-on', async () => {
    const token = await new SignJWT({ sub: 'sso-only-1', email: 'sso.only@customer.test', name: 'Sso Only' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('2m')
      .sign(new TextEncoder().encode(APP_SECRET));
    const response = await fetch(`${t.url}/sso/app?token=${token}`, { redirect: 'manual' });
    const headers = { cookie: sessionCookieOf(response) };
    expect((await t.gql(VIEWER, {}, headers)).data).toMatchObject({ viewer: { hasPassword: false } });

    await t.db.dataSource.query(
      `UPDATE sessions SET created_at = now() - interval '11 minutes' WHERE user_id = (SELECT id FROM users WHERE email = 'sso.only@customer.test')`,
    );
    const stale = await t.gql(DELETE, {}, headers);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONFIRM_WITH_SSO' });
    await t.db.dataSource.query(
      `UPDATE sessions SET created_at = now() WHERE user_id = (SELECT id FROM users WHERE email = 'sso.only@customer.test')`,
    );
    expect((await t.gql(DELETE, {}, headers)).data).toEqual({ deleteAccount: true });
    const [identities] = await t.db.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM user_identities WHERE subject = 'sso-only-1'`,
    );
    expect(identities.n).toBe(0);
  });

  it('keeps the last admin', async () => {
    const fresh = await createTestApp();
    try {
      const admin = await signUpAs(fresh, 'admin');
      const refused = await fresh.gql(DELETE, { password: admin.password }, admin.headers);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      expect((await fresh.gql(VIEWER, {}, admin.headers)).data).toMatchObject({ viewer: { id: admin.id } });
    } finally {
      await fresh.close();
    }
  });
});
