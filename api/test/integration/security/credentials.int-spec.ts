import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPasswords } from '../../../src/cli/demo-data/demo-passwords.js';
import { DEMO_ACCOUNTS } from '../../../src/cli/demo-data/demo-data.js';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { ensureAdmin } from '../../../src/modules/auth/ensure-admin.js';
import { signUpAs } from '../../utils/accounts.js';
import { postGraphQL } from '../../utils/health-probe.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const SIGN_IN = 'mutation ($i: SignInInput!) { signIn(input: $i) { user { role } } }';

describe('no well-known credentials', () => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    t = await createTestApp();
    dataDir = mkdtempSync(join(tmpdir(), 'chorus-demo-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('generates the demo passwords once per installation, owner-readable only, and seeds with them', async () => {
    const first = demoPasswords({ dataDir, demoPassword: undefined });
    expect(first.fresh).toBe(true);
    expect(statSync(join(dataDir, 'demo-passwords.json')).mode & 0o777).toBe(0o600);
    expect(demoPasswords({ dataDir, demoPassword: undefined })).toEqual({ passwords: first.passwords, fresh: false });
    expect(new Set(Object.values(first.passwords)).size).toBe(3);

    await seedDemo(t.db.dataSource, first.passwords);
    for (const account of DEMO_ACCOUNTS) {
      const published = { member: 'chorus-member', product_manager: 'chorus-pm', admin: 'chorus-admin' }[account.role];
      const old = await postGraphQL(t, {
        query: SIGN_IN,
        variables: { i: { email: account.email, password: published } },
      });
      expect(old.body.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
      const now = await postGraphQL(t, {
        query: SIGN_IN,
        variables: { i: { email: account.email, password: first.passwords[account.role] } },
      });
      expect(now.body.data).toEqual({ signIn: { user: { role: account.role.toUpperCase() } } });
    }
  });

  it('creates the bootstrap admin only when no account holds the address', async () => {
    const email = `boss-${Date.now()}@example.test`;
    await ensureAdmin(t.db.dataSource, email, 'a long admin password');
    await ensureAdmin(t.db.dataSource, email, 'a long admin password'); // a restart: nothing to do
    const [{ role }] = await t.db.dataSource.query(`SELECT role FROM users WHERE email = $1`, [email]);
    expect(role).toBe('admin');

    // Someone registered the address first: boot stops, nobody is promoted.
    const squatter = await signUpAs(t);
    await expect(ensureAdmin(t.db.dataSource, squatter.email, 'a long admin password')).rejects.toThrow(
      /already belongs to a member account, which is not made admin at boot/,
    );
    const [after] = await t.db.dataSource.query(`SELECT role FROM users WHERE id = $1`, [squatter.id]);
    expect(after.role).toBe('member');
  });
});

describe('API tokens cannot manage tokens', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('refuses creating or revoking tokens with a bearer token; a session may', async () => {
    const member = await signUpAs(t);
    const created = await t.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      'mutation { createApiToken(name: "CI", scope: WRITE) { token apiToken { id } } }',
      {},
      member.headers,
    );
    const { token, apiToken } = created.data!.createApiToken;
    const bearer = { authorization: `Bearer ${token}` };
    const mint = await t.gql('mutation { createApiToken(name: "more") { token } }', {}, bearer);
    expect(mint.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SESSION_REQUIRED' });
    const revoke = await t.gql('mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: apiToken.id }, bearer);
    expect(revoke.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SESSION_REQUIRED' });
    // The token still reads.
    expect((await t.gql<{ viewer: { id: string } }>('{ viewer { id } }', {}, bearer)).data).toEqual({
      viewer: { id: member.id },
    });
  });
});
