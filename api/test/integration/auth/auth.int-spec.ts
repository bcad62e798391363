import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { sessionCookieOf, signUpAs } from '../../utils/accounts.js';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id email role } } }';
const VIEWER = '{ viewer { id displayName email role } }';

async function signIn(t: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
}

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('signs up, knows the viewer through the HttpOnly cookie, and signs out for good', async () => {
    const member = await signUpAs(t, 'member', 'Ada');
    const { data } = await t.gql<{ viewer: { displayName: string; email: string; role: string } }>(
      VIEWER,
      {},
      member.headers,
    );
    expect(data?.viewer).toMatchObject({ displayName: 'Ada', email: member.email, role: 'MEMBER' });

    expect((await t.gql(`mutation { signOut }`, {}, member.headers)).data).toEqual({ signOut: true });
    expect((await t.gql(VIEWER, {}, member.headers)).data).toEqual({ viewer: null });
  });

  it('sets a HttpOnly, SameSite=Lax session cookie on sign-in, case-insensitively by e-mail', async () => {
    const member = await signUpAs(t);
    const response = await signIn(t, member.email.toUpperCase(), member.password);
    const setCookie = response.headers.getSetCookie().join('; ');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const viewer = await t.gql<{ viewer: { id: string } }>(VIEWER, {}, { cookie: sessionCookieOf(response) });
    expect(viewer.data?.viewer.id).toBe(member.id);
  });

  it('refuses a second account with the same e-mail in another case, with a field message', async () => {
    const member = await signUpAs(t);
    const response = await t.gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
      input: { email: member.email.toUpperCase(), password: 'another password', displayName: 'Copy' },
    });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMAIL_TAKEN',
      fields: { email: expect.any(String) },
    });
  });

  it('validates sign-up input field by field', async () => {
    const response = await t.gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
      input: { email: 'not-an-email', password: 'short', displayName: '   ' },
    });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { email: expect.any(String), password: expect.any(String), displayName: expect.any(String) },
    });
  });

  it('shows an e-mail address only to its owner and to admins', async () => {
    const [author, other, admin] = [await signUpAs(t), await signUpAs(t), await signUpAs(t, 'admin')];
    await seedDemo(t.db.dataSource);
    const [{ id }] = await t.db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO ideas (board_id, author_id, status_id, title)
       SELECT board_id, $1, id, 'Idea with a private author e-mail' FROM statuses WHERE key = 'open' LIMIT 1 RETURNING id`,
      [author.id],
    );
    const emailAs = async (headers: Record<string, string>) =>
      (
        await t.gql<{ idea: { author: { email: string | null } } }>(
          `query ($id: ID!) { idea(id: $id) { author { email } } }`,
          { id },
          headers,
        )
      ).data?.idea.author.email;
    expect(await emailAs(author.headers)).toBe(author.email);
    expect(await emailAs(admin.headers)).toBe(author.email);
    expect(await emailAs(other.headers)).toBeNull();
    expect(await emailAs({})).toBeNull();
  });

  it('ignores the session cookie on a cross-origin request (CSRF)', async () => {
    const member = await signUpAs(t);
    const response = await t.gql(VIEWER, {}, { ...member.headers, origin: 'https://evil.example' });
    expect(response.data).toEqual({ viewer: null });
  });

  it('slows repeated failed sign-ins for an account', async () => {
    const member = await signUpAs(t);
    for (let attempt = 0; attempt < 5; attempt++) {
      const body = (await (await signIn(t, member.email, 'wrong password')).json()) as {
        errors: Array<{ extensions: { reason: string } }>;
      };
      expect(body.errors[0].extensions.reason).toBe('INVALID_CREDENTIALS');
    }
    const blocked = (await (await signIn(t, member.email, member.password)).json()) as {
      errors: Array<{ extensions: { code: string } }>;
    };
    expect(blocked.errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('API tokens', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('authenticates with a bearer token shown once, stored hashed, until revoked', async () => {
    const member = await signUpAs(t);
    const created = await t.gql<{ createApiToken: { token: string; apiToken: { id: string; name: string } } }>(
      `mutation { createApiToken(name: "Jira sync") { token apiToken { id name } } }`,
      {},
      member.headers,
    );
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^chorus_/);
    const stored = await t.db.dataSource.query<Array<{ token_hash: Buffer }>>(
      `SELECT token_hash FROM api_tokens WHERE id = $1`,
      [apiToken.id],
    );
    expect(stored[0].token_hash.toString('utf8')).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.gql<{ viewer: { id: string } }>(VIEWER, {}, bearer)).data?.viewer.id).toBe(member.id);
    expect(
      (await t.gql(`mutation ($id: ID!) { revokeApiToken(id: $id) }`, { id: apiToken.id }, member.headers)).data,
    ).toEqual({ revokeApiToken: true });
    const afterRevoke = await t.gql(VIEWER, {}, bearer);
    expect(afterRevoke.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
  });

  it("cannot revoke another member's token", async () => {
    const [owner, other] = [await signUpAs(t), await signUpAs(t)];
    const created = await t.gql<{ createApiToken: { apiToken: { id: string } } }>(
      `mutation { createApiToken(name: "x") { apiToken { id } } }`,
      {},
      owner.headers,
    );
    const id = created.data!.createApiToken.apiToken.id;
    expect((await t.gql(`mutation ($id: ID!) { revokeApiToken(id: $id) }`, { id }, other.headers)).data).toEqual({
      revokeApiToken: false,
    });
  });
});

describe('roles', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());
  const SET_ROLE = 'mutation ($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role } }';

  it('lets admins change roles and nobody else', async () => {
    const [admin, pm, member] = [await signUpAs(t, 'admin'), await signUpAs(t, 'product_manager'), await signUpAs(t)];
    expect((await t.gql(SET_ROLE, { userId: member.id, role: 'MODERATOR' })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await t.gql(SET_ROLE, { userId: member.id, role: 'MODERATOR' }, pm.headers)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(SET_ROLE, { userId: member.id, role: 'MODERATOR' }, admin.headers)).data).toEqual({
      setUserRole: { id: member.id, role: 'MODERATOR' },
    });
    expect(
      (await t.gql(SET_ROLE, { userId: member.id, role: 'OWNER' }, admin.headers)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('never demotes the last admin', async () => {
    const fresh = await createTestApp();
    const admin = await signUpAs(fresh, 'admin');
    const response = await fresh.gql(SET_ROLE, { userId: admin.id, role: 'MEMBER' }, admin.headers);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
    await fresh.close();
  });
});
