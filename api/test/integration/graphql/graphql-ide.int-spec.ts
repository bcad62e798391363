import { createTestApp, type TestApp } from '../../utils/test-app.js';

const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('GraphQL IDE', () => {
  describe('in development', () => {
    let t: TestApp;
    beforeAll(async () => (t = await createTestApp({ nodeEnv: 'development' })));
    afterAll(() => t.close());

    it('serves a self-contained page to browsers', async () => {
      const response = await fetch(`${t.url}/graphql`, { headers: asBrowser });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/connect-src 'self'/);
      const html = await response.text();
      expect(html).toMatch(/<label for="query">/);
      expect(html).toMatch(/<textarea id="variables"/);
      expect(html).toMatch(/__schema/);
      // Nothing from the internet: no external scripts, styles, images or fonts.
      expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
      expect(html).not.toMatch(/@import|url\(/i);
      expect(html).not.toMatch(/https?:\/\//i);
    });

    it('still answers GraphQL over GET and POST', async () => {
      const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { ...asBrowser, 'apollo-require-preflight': 'true' },
      });
      expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
      expect(await t.gql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    });
  });

  it.each(['production', 'test'] as const)('is not served in %s', async (nodeEnv) => {
    const t = await createTestApp({ nodeEnv });
    try {
      const response = await fetch(`${t.url}/graphql`, { headers: asBrowser });
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toMatch(/<textarea/);
    } finally {
      await t.close();
    }
  });
});
