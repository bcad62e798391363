import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs } from '../../utils/accounts.js';
import { ok } from '../../utils/follow-up-work.js';
import { startTestIdp, type TestIdp } from '../../utils/oidc-provider.js';
import { freePort } from '../../utils/smtp-sink.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const VIEWER = '{ viewer { id email emailVerified displayName } }';
const SETTINGS = `{ ssoSettings { oidcEnabled oidcIssuer oidcClientId oidcClientSecretSet oidcLabel oidcFromEnvironment
  oidcRedirectUri appEnabled appSecretSet appJwksUrl appLoginUrl appFromEnvironment appSignInUrl } }`;
const UPDATE = `mutation ($input: UpdateSsoSettingsInput!) { updateSsoSettings(input: $input) { oidcEnabled oidcClientSecretSet appEnabled } }`;

/** A browser without a screen: follows redirects by hand, keeping cookies per host. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookieHeader(url: URL): string {
    return [...(this.jar.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(url: URL, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader(url), 'user-agent': 'SsoSpec' },
    });
    const cookies = this.jar.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a) || /max-age=0/i.test(a));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(url.host, cookies);
    return response;
  }

  /** Follows redirects until a page answers, or the browser is sent to `stopAt` (an origin + path prefix). */
  async follow(start: URL, stopAt: string, init?: RequestInit): Promise<{ url: URL; response: Response }> {
    let url = start;
    let response = await this.request(url, init);
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 15; hops++) {
      url = new URL(response.headers.get('location')!, url);
      if (url.href.startsWith(stopAt)) return { url, response };
      response = await this.request(url);
    }
    return { url, response };
  }
}

describe('single sign-on', () => {
  let t: TestApp;
  let idp: TestIdp;
  let jwks: Server;
  let jwksUrl: string;
  let edKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  beforeAll(async () => {
    const port = await freePort();
    // PUBLIC_URL is where the provider sends browsers back to: this app's own address.
    t = await createTestApp({ port, publicUrl: `http://127.0.0.1:${port}` });
    await seedDemo(t.db.dataSource);
    idp = await startTestIdp(`${t.config.publicUrl}/sso/oidc/callback`);
    const { publicKey, privateKey } = await generateKeyPair('EdDSA');
    edKey = privateKey;
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'app-1', alg: 'EdDSA', use: 'sig' };
    jwks = createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    const jwksPort = await freePort();
    await new Promise<void>((resolve) => jwks.listen(jwksPort, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${jwksPort}/jwks.json`;
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  /** Signs in at the provider as `login` and comes back; where Chorus sent the browser in the end. */
  async function signInWithIdp(browser: Browser, login: string, next = '/b/feedback'): Promise<URL> {
    const chorus = t.config.publicUrl;
    const { url: loginPage, response } = await browser.follow(
      new URL(`/sso/oidc/start?next=${encodeURIComponent(next)}`, chorus),
      `${chorus}/b/`,
    );
    expect(loginPage.origin).toBe(idp.issuer);
    const action = /<form[^>]*action="([^"]+)"/.exec(await response.text())![1];
    const { url } = await browser.follow(new URL(action, loginPage), `${chorus}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'anything' }).toString(),
    });
    // The last hop was the callback: the browser now goes to `next` (or the sign-in page).
    if (url.pathname === '/sso/oidc/callback') {
      const back = await browser.request(url);
      return new URL(back.headers.get('location')!, chorus);
    }
    return url;
  }

  const viewerOf = async (browser: Browser) =>
    (
      await t.gql<{ viewer: { id: string; email: string; emailVerified: boolean; displayName: string } | null }>(
        VIEWER,
        {},
        { cookie: browser.cookieHeader(new URL(t.config.publicUrl)) },
      )
    ).data?.viewer ?? null;

  describe('settings in the web app', () => {
    it('lets only admins see and change them, never showing a secret back', async () => {
      const member = await signUpAs(t);
      expect((await t.gql(SETTINGS, {}, member.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const admin = await signUpAs(t, 'admin');
      const missing = await t.gql(UPDATE, { input: { oidcEnabled: true, appEnabled: false } }, admin.headers);
      expect(missing.errors?.[0].extensions?.fields).toMatchObject({
        oidcIssuer: expect.any(String),
        oidcClientId: expect.any(String),
        oidcClientSecret: expect.any(String),
      });
      const insecure = await t.gql(
        UPDATE,
        {
          input: {
            oidcEnabled: true,
            oidcIssuer: 'http://idp.example.com',
            oidcClientId: 'x',
            oidcClientSecret: 'y',
            appEnabled: false,
          },
        },
        admin.headers,
      );
      expect(insecure.errors?.[0].extensions?.fields).toMatchObject({ oidcIssuer: 'Enter an https:// URL.' });

      await ok(
        t,
        UPDATE,
        {
          input: {
            oidcEnabled: true,
            oidcIssuer: idp.issuer,
            oidcClientId: idp.clientId,
            oidcClientSecret: idp.clientSecret,
            oidcLabel: 'Sign in with Northwind ID',
            appEnabled: true,
            appJwksUrl: jwksUrl,
            appLoginUrl: 'https://app.example.com/login',
          },
        },
        admin,
      );
      const { ssoSettings } = await ok<{ ssoSettings: Record<string, unknown> }>(t, SETTINGS, {}, admin);
      expect(ssoSettings).toEqual({
        oidcEnabled: true,
        oidcIssuer: idp.issuer,
        oidcClientId: idp.clientId,
        oidcClientSecretSet: true,
        oidcLabel: 'Sign in with Northwind ID',
        oidcFromEnvironment: false,
        oidcRedirectUri: `${t.config.publicUrl}/sso/oidc/callback`,
        appEnabled: true,
        appSecretSet: false,
        appJwksUrl: jwksUrl,
        appLoginUrl: 'https://app.example.com/login',
        appFromEnvironment: false,
        appSignInUrl: `${t.config.publicUrl}/sso/app`,
      });
      const [row] = await t.db.dataSource.query<Array<{ sealed: string }>>(
        `SELECT oidc_client_secret_sealed AS sealed FROM sso_settings`,
      );
      expect(row.sealed).not.toContain(idp.clientSecret);
      expect((await t.gql('{ ssoOptions { oidcLabel appLoginUrl } }')).data).toEqual({
        ssoOptions: { oidcLabel: 'Sign in with Northwind ID', appLoginUrl: 'https://app.example.com/login' },
      });
    });

    it('audits each change: which settings, before and after, a secret only as set or new', async () => {
      const admin = await signUpAs(t, 'admin');
      const AUDIT = `{ auditLog(action: "sso_settings.updated", first: 100) {
        totalCount edges { node { subjectType subjectId before after actor { id } } } } }`;
      type Entry = {
        subjectType: string;
        subjectId: string | null;
        before: string;
        after: string;
        actor: { id: string };
      };
      const entries = async () =>
        (await ok<{ auditLog: { totalCount: number; edges: Array<{ node: Entry }> } }>(t, AUDIT, {}, admin)).auditLog;
      const saved = {
        oidcEnabled: true,
        oidcIssuer: idp.issuer,
        oidcClientId: idp.clientId,
        oidcLabel: 'Sign in with Northwind ID',
        appEnabled: true,
        appJwksUrl: jwksUrl,
        appLoginUrl: 'https://app.example.com/login',
      };
      const { totalCount: before } = await entries();
      expect(before).toBeGreaterThan(0); // the first save, in the test above

      // Saving what is already saved (the secret left empty keeps it) changes nothing.
      await ok(t, UPDATE, { input: { ...saved, oidcClientSecret: '' } }, admin);
      expect((await entries()).totalCount).toBe(before);

      const appSecret = 'a shared secret of more than thirty-two characters';
      await ok(t, UPDATE, { input: { ...saved, oidcLabel: 'Northwind ID', appSecret, appJwksUrl: null } }, admin);
      const log = await entries();
      expect(log.totalCount).toBe(before + 1);
      const newest = log.edges[0].node;
      expect(newest).toMatchObject({ subjectType: 'sso_settings', subjectId: null, actor: { id: admin.id } });
      expect(JSON.parse(newest.before)).toEqual({
        oidcLabel: 'Sign in with Northwind ID',
        appJwksUrl: jwksUrl,
        appSecret: 'not set',
      });
      expect(JSON.parse(newest.after)).toEqual({
        oidcLabel: 'Northwind ID',
        appJwksUrl: null,
        appSecret: 'new secret',
      });

      // Back to the JWKS URL the app-token tests below use: the shared secret goes.
      await ok(t, UPDATE, { input: saved }, admin);
      const back = (await entries()).edges[0].node;
      expect(JSON.parse(back.before)).toEqual({ oidcLabel: 'Northwind ID', appJwksUrl: null, appSecret: 'set' });
      expect(JSON.parse(back.after)).toEqual({
        oidcLabel: 'Sign in with Northwind ID',
        appJwksUrl: jwksUrl,
        appSecret: 'not set',
      });

      // No secret, nor its sealed form, anywhere in the log.
      const [{ sealed }] = await t.db.dataSource.query<Array<{ sealed: string }>>(
        `SELECT oidc_client_secret_sealed AS sealed FROM sso_settings`,
      );
      const [{ text }] = await t.db.dataSource.query<Array<{ text: string }>>(
        `SELECT string_agg(coalesce(before::text, '') || coalesce(after::text, ''), ' ') AS text FROM audit_log`,
      );
      for (const secret of [idp.clientSecret, appSecret, sealed]) expect(text).not.toContain(secret);
      expect(text).toContain('Northwind ID'); // the query reads what the log holds
    });
  });

  describe('OpenID Connect', () => {
    it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
      const browser = new Browser();
      const response = await browser.request(new URL('/sso/oidc/start?next=/b/feedback', t.config.publicUrl));
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location')!);
      expect(location.origin).toBe(idp.issuer);
      expect(Object.fromEntries(location.searchParams)).toMatchObject({
        client_id: idp.clientId,
        redirect_uri: `${t.config.publicUrl}/sso/oidc/callback`,
        response_type: 'code',
        code_challenge_method: 'S256',
        code_challenge: expect.stringMatching(/^[\w-]{43}$/),
        state: expect.stringMatching(/^[\w-]{20,}$/),
        nonce: expect.stringMatching(/^[\w-]{20,}$/),
      });
      expect(response.headers.getSetCookie().join(';')).toMatch(/chorus_sso=.*HttpOnly/i);
    });

    it('creates a verified account on the first sign-in, and signs the same person in again later', async () => {
      idp.accounts.set('alice', { email: 'alice@northwind.test', email_verified: true, name: 'Alice Liddell' });
      const browser = new Browser();
      const landed = await signInWithIdp(browser, 'alice');
      expect(landed.pathname).toBe('/b/feedback');
      const first = await viewerOf(browser);
      expect(first).toMatchObject({ email: 'alice@northwind.test', emailVerified: true, displayName: 'Alice Liddell' });

      const later = new Browser();
      await signInWithIdp(later, 'alice', '/ideas');
      expect((await viewerOf(later))?.id).toBe(first!.id);
      const [{ identities }] = await t.db.dataSource.query<Array<{ identities: number }>>(
        `SELECT count(*)::int AS identities FROM user_identities WHERE user_id = $1`,
        [first!.id],
      );
      expect(identities).toBe(1);
    });

    it('links to the member who verified the same address, only when the provider verified it too', async () => {
      const member = await signUpAs(t, 'member', 'Bob Existing'); // verified address
      idp.accounts.set('bob', { email: member.email.toUpperCase(), email_verified: true, name: 'Bob at IdP' });
      const browser = new Browser();
      await signInWithIdp(browser, 'bob');
      expect(await viewerOf(browser)).toMatchObject({ id: member.id, displayName: 'Bob Existing' });

      const victim = await signUpAs(t);
      idp.accounts.set('mallory', { email: victim.email, email_verified: false });
      const refused = new Browser();
      const landed = await signInWithIdp(refused, 'mallory');
      expect(`${landed.pathname}${landed.search}`).toBe('/sign-in?sso_error=EMAIL_TAKEN');
      expect(await viewerOf(refused)).toBeNull();
    });

    it('refuses an answer whose state does not match, or that comes without the browser’s transaction', async () => {
      const browser = new Browser();
      const start = await browser.request(new URL('/sso/oidc/start', t.config.publicUrl));
      expect(start.status).toBe(302);
      const forged = await browser.request(new URL('/sso/oidc/callback?code=abc&state=forged', t.config.publicUrl));
      expect(forged.headers.get('location')).toBe('/sign-in?sso_error=SSO_FAILED');
      const stranger = new Browser();
      const lost = await stranger.request(new URL('/sso/oidc/callback?code=abc&state=x', t.config.publicUrl));
      expect(lost.headers.get('location')).toBe('/sign-in?sso_error=SSO_FAILED');
      expect(await viewerOf(browser)).toBeNull();
    });

    it('never sends the browser off-site afterwards', async () => {
      idp.accounts.set('carol', { email: 'carol@northwind.test', email_verified: true });
      const landed = await signInWithIdp(new Browser(), 'carol', '//evil.example/steal');
      expect(landed.href).toBe(`${t.config.publicUrl}/`);
    });
  });

  describe('identify from your app (JWT)', () => {
    const appToken = (claims: Record<string, unknown>, options: { iat?: number; exp?: string | number } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'app-1' })
        .setIssuedAt(options.iat)
        .setExpirationTime(options.exp ?? '5m')
        .sign(edKey);

    async function visit(token: string, next = '/b/feedback'): Promise<{ location: string; browser: Browser }> {
      const browser = new Browser();
      const response = await browser.request(
        new URL(`/sso/app?token=${encodeURIComponent(token)}&next=${encodeURIComponent(next)}`, t.config.publicUrl),
      );
      return { location: response.headers.get('location')!, browser };
    }

    it('signs in the customer the app vouches for (EdDSA key from its JWKS), once per token', async () => {
      const token = await appToken({
        sub: 'cust-42',
        email: 'dana@customer.test',
        name: 'Dana',
        company: { name: 'Acme' },
      });
      const { location, browser } = await visit(token);
      expect(location).toBe('/b/feedback');
      const viewer = await viewerOf(browser);
      expect(viewer).toMatchObject({ email: 'dana@customer.test', emailVerified: true, displayName: 'Dana' });
      const [{ company }] = await t.db.dataSource.query<Array<{ company: string }>>(
        `SELECT company FROM users WHERE id = $1`,
        [viewer!.id],
      );
      expect(company).toBe('Acme');

      const replay = await visit(token);
      expect(replay.location).toBe('/sign-in?sso_error=INVALID_APP_TOKEN');
      expect(await viewerOf(replay.browser)).toBeNull();

      const again = await visit(await appToken({ id: 'cust-42', email: 'dana@customer.test' }), '/ideas');
      expect(again.location).toBe('/ideas');
      expect((await viewerOf(again.browser))?.id).toBe(viewer!.id);
    });

    it('refuses expired, long-lived, unsigned, wrongly signed and incomplete tokens', async () => {
      const now = Math.floor(Date.now() / 1000);
      const { privateKey: stranger } = await generateKeyPair('EdDSA');
      const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
        JSON.stringify({ sub: 'x', email: 'x@customer.test', iat: now, exp: now + 60 }),
      ).toString('base64url')}.`;
      const tokens = [
        await appToken({ sub: 'e1', email: 'e1@customer.test' }, { iat: now - 3600, exp: now - 1800 }),
        await appToken({ sub: 'e2', email: 'e2@customer.test' }, { iat: now - 20 * 60, exp: now + 3600 }),
        unsigned,
        await new SignJWT({ sub: 'e3', email: 'e3@customer.test' })
          .setProtectedHeader({ alg: 'EdDSA', kid: 'app-1' })
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(stranger),
        await appToken({ email: 'e4@customer.test' }),
        await appToken({ sub: 'e5' }),
        'x'.repeat(9_000), // over the 8 KiB a token may have (and under the 16 KiB of a request head)
      ];
      for (const token of tokens) expect((await visit(token)).location).toBe('/sign-in?sso_error=INVALID_APP_TOKEN');
    });
  });

  describe('set by the environment', () => {
    it('takes OIDC_* and SSO_JWT_* over what admins saved, and shows them read-only', async () => {
      const secret = 'an-hs256-secret-shared-with-the-app-0123456789';
      const env = await createTestApp({
        sso: {
          oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, label: 'Company login' },
          appToken: { secret, jwksUrl: undefined, loginUrl: undefined },
        },
      });
      try {
        const admin = await signUpAs(env, 'admin');
        const { ssoSettings } = await ok<{ ssoSettings: Record<string, unknown> }>(env, SETTINGS, {}, admin);
        expect(ssoSettings).toMatchObject({
          oidcEnabled: true,
          oidcFromEnvironment: true,
          oidcLabel: 'Company login',
          appEnabled: true,
          appSecretSet: true,
          appFromEnvironment: true,
        });
        await ok(env, UPDATE, { input: { oidcEnabled: false, appEnabled: false } }, admin);
        expect((await env.gql('{ ssoOptions { oidcLabel } }')).data).toEqual({
          ssoOptions: { oidcLabel: 'Company login' },
        });

        const token = await new SignJWT({ sub: 'env-1', email: 'erin@customer.test' })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuedAt()
          .setExpirationTime('2m')
          .sign(new TextEncoder().encode(secret));
        const response = await fetch(`${env.url}/sso/app?token=${token}`, { redirect: 'manual' });
        expect(response.headers.get('location')).toBe('/');
        expect(response.headers.getSetCookie().join(';')).toMatch(/chorus_session=/);
      } finally {
        await env.close();
      }
    });
  });
});
