import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const STACK_LINE = /at .*\.(js|ts):\d+/;

describe('error hygiene', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('answers malformed JSON with a GraphQL-shaped 400', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(STACK_LINE);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'The request body is not valid JSON.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'MALFORMED_JSON' },
        },
      ],
    });
  });

  it('answers an oversized body with a GraphQL-shaped 413', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' } })],
    });
  });

  it('hides internal errors in production: no stack, no driver message', async () => {
    const prod = await createTestApp({ nodeEnv: 'production' });
    try {
      await seedDemo(prod.db.dataSource);
      // Break the database under the running app: every query now throws a plain Error.
      await prod.db.dataSource.destroy();
      const response = await fetch(`${prod.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ideas(boardSlug: "feedback") { totalCount } }' }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('Something went wrong on our side. Please try again.');
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' });
      expect(text).not.toMatch(STACK_LINE);
      expect(text).not.toMatch(/stacktrace|typeorm|connection|pool|postgres/i);
    } finally {
      await prod.close();
    }
  });

  it('shows the internal message (still without a stack) outside production', async () => {
    const dev = await createTestApp();
    try {
      await dev.db.dataSource.destroy();
      const response = await dev.gql('{ boards { slug } }');
      expect(response.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' });
      expect(JSON.stringify(response)).not.toMatch(STACK_LINE);
    } finally {
      await dev.close();
    }
  });
});
