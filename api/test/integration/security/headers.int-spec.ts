import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUpAs } from '../../utils/accounts.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

/** A built shell as web/vite.config.ts writes it: an inline stylesheet and preload script, then the module. */
const INDEX_HTML = `<!doctype html><html><head><title>Chorus</title>
<script>window.preloaded = true</script><style>body{margin:0}</style>
<script type="module" crossorigin src="/assets/index.js"></script></head>
<body><div id="app"></div></body></html>`;

const directives = (csp: string | null) =>
  Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );

describe('security headers', () => {
  describe('on plain http (PUBLIC_URL http://…)', () => {
    let t: TestApp;
    let dist: string;
    beforeAll(async () => {
      dist = mkdtempSync(join(tmpdir(), 'chorus-dist-'));
      writeFileSync(join(dist, 'index.html'), INDEX_HTML);
      t = await createTestApp({ webDistDir: dist });
    });
    afterAll(async () => {
      await t.close();
      rmSync(dist, { recursive: true, force: true });
    });

    it('sends a CSP of this origin only, no framing, nosniff and the referrer policy on every response', async () => {
      for (const response of [
        await fetch(`${t.url}/health`),
        await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ viewer { id } }"}',
        }),
      ]) {
        const csp = directives(response.headers.get('content-security-policy'));
        expect(csp['default-src']).toEqual(["'self'"]);
        expect(csp['script-src']).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}==/)]);
        expect(csp['frame-ancestors']).toEqual(["'none'"]);
        expect(csp['object-src']).toEqual(["'none'"]);
        expect(csp).not.toHaveProperty('upgrade-insecure-requests');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('strict-transport-security')).toBeNull();
      }
    });

    it('marks the shell’s inline script and stylesheet with a nonce that is new on every request', async () => {
      const nonces: string[] = [];
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${t.url}/b/feedback`, { headers: { accept: 'text/html' } });
        const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
        const html = await response.text();
        expect(nonce).toBeDefined();
        expect(html).toContain(`<script nonce="${nonce}">window.preloaded = true</script>`);
        expect(html).toContain(`<style nonce="${nonce}">body{margin:0}</style>`);
        expect(html).toContain(`<script nonce="${nonce}" type="module"`);
        nonces.push(nonce!);
      }
      expect(nonces[0]).not.toBe(nonces[1]);
    });

    it('keeps the plain session cookie name', async () => {
      const member = await signUpAs(t);
      expect(member.headers.cookie).toMatch(/^chorus_session=/);
    });
  });

  describe('behind https (PUBLIC_URL https://…)', () => {
    let t: TestApp;
    beforeAll(async () => (t = await createTestApp({ publicUrl: 'https://ideas.example.com' })));
    afterAll(() => t.close());

    it('adds HSTS and upgrades insecure requests', async () => {
      const response = await fetch(`${t.url}/health`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(directives(response.headers.get('content-security-policy'))).toHaveProperty('upgrade-insecure-requests');
    });

    it('names the session cookie __Host- (Secure, path /, no domain) and reads only that name', async () => {
      const signUp = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
          variables: {
            input: { email: 'host-prefix@example.test', password: 'correct horse battery', displayName: 'H' },
          },
        }),
      });
      const [setCookie] = signUp.headers.getSetCookie();
      expect(setCookie).toMatch(/^__Host-chorus_session=[^;]+; /);
      expect(setCookie).toMatch(/; Secure/);
      expect(setCookie).toMatch(/; Path=\//);
      expect(setCookie).not.toMatch(/Domain=/i);
      const token = setCookie.split(';')[0].split('=')[1];
      const viewer = (cookie: string) => t.gql<{ viewer: { id: string } | null }>('{ viewer { id } }', {}, { cookie });
      expect((await viewer(`__Host-chorus_session=${token}`)).data?.viewer).not.toBeNull();
      // The same token under the unprefixed name (planted by a sibling subdomain, say) is no credential.
      expect((await viewer(`chorus_session=${token}`)).data?.viewer).toBeNull();
    });
  });
});
