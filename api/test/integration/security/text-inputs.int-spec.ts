import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { submitIdea } from '../../utils/follow-up-work.js';
import { postGraphQL, whileProbingHealth } from '../../utils/health-probe.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

/** Inputs that have made regular expressions, Markdown parsers or SQL parsers work super-linearly. */
const HOSTILE = (size: number): string[] => [
  'a'.repeat(size),
  `a@${'.'.repeat(size)}@`,
  '['.repeat(size),
  '*a'.repeat(size / 2),
  '_'.repeat(size),
  '`'.repeat(size),
  '<'.repeat(size),
  '![x]('.repeat(size / 5),
  '> '.repeat(size / 2),
  '- '.repeat(size / 2),
  ' \t'.repeat(size / 2),
  '&#'.repeat(size / 2),
  'http://'.repeat(size / 7),
  '@a '.repeat(size / 3),
];

describe('crafted values in every text input', () => {
  let t: TestApp;
  let member: TestAccount;
  let ideaId: string;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    member = await signUpAs(t);
    ideaId = await submitIdea(t, member, 'A target for comments');
  });
  afterAll(() => t.close());

  /** Sends each hostile value; each is answered (accepted or refused) quickly, /health stays free. */
  async function eachAnsweredQuickly(
    query: string,
    variables: (value: string) => Record<string, unknown>,
    sizes: number[],
    headers: Record<string, string> = member.headers,
  ) {
    for (const size of sizes) {
      for (const value of HOSTILE(size)) {
        const { result, elapsedMs, worstHealthMs } = await whileProbingHealth(t, () =>
          postGraphQL(t, { query, variables: variables(value) }, headers),
        );
        const code = result.body.errors?.[0]?.extensions?.code;
        expect({ size, sample: value.slice(0, 12), elapsedMs: elapsedMs < 1000, code }).toEqual({
          size,
          sample: value.slice(0, 12),
          elapsedMs: true,
          code:
            code === undefined
              ? undefined
              : expect.stringMatching(/^(BAD_USER_INPUT|UNAUTHENTICATED|NOT_FOUND|CONFLICT|RATE_LIMITED)$/),
        });
        expect(worstHealthMs).toBeLessThan(1000);
      }
    }
  }

  it('sign-up: e-mail, display name and password', async () => {
    const signUp = 'mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }';
    await eachAnsweredQuickly(
      signUp,
      (v) => ({ i: { email: v, password: 'long enough', displayName: 'x' } }),
      [40_000],
      {},
    );
    await eachAnsweredQuickly(
      signUp,
      (v) => ({ i: { email: 'n@x.io', password: 'long enough', displayName: v } }),
      [40_000],
      {},
    );
  });

  it('sign-in: e-mail and password', async () => {
    const signIn = 'mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }';
    await eachAnsweredQuickly(signIn, (v) => ({ i: { email: v, password: v } }), [40_000], {});
  });

  it('ideas: title, body (rendered as Markdown), tags and search', async () => {
    const submit = 'mutation ($i: SubmitIdeaInput!) { submitIdea(input: $i) { id bodyHtml } }';
    await eachAnsweredQuickly(
      submit,
      (v) => ({ i: { boardSlug: 'feedback', title: 'Fine title', body: v } }),
      [10_000],
    );
    await eachAnsweredQuickly(submit, (v) => ({ i: { boardSlug: 'feedback', title: v, body: '' } }), [40_000]);
    await eachAnsweredQuickly(
      submit,
      (v) => ({ i: { boardSlug: 'feedback', title: 'Fine title', tags: Array(500).fill(v.slice(0, 60)) } }),
      [1000],
    );
    const search = 'query ($s: String) { ideas(boardSlug: "feedback", search: $s) { totalCount } }';
    await eachAnsweredQuickly(search, (v) => ({ s: v }), [40_000]);
    const similar = 'query ($s: String!) { similarIdeas(boardSlug: "feedback", text: $s) { id } }';
    await eachAnsweredQuickly(similar, (v) => ({ s: v }), [40_000]);
  });

  it('comments (rendered as Markdown, with mentions)', async () => {
    const post = 'mutation ($i: PostCommentInput!) { postComment(input: $i) { id bodyHtml } }';
    await eachAnsweredQuickly(post, (v) => ({ i: { ideaId, body: v } }), [5_000, 40_000]);
  });

  it('boards by slug, API token names', async () => {
    await eachAnsweredQuickly('query ($s: String!) { board(slug: $s) { id } }', (v) => ({ s: v }), [40_000]);
    await eachAnsweredQuickly(
      'mutation ($n: String!) { createApiToken(name: $n) { token } }',
      (v) => ({ n: v }),
      [40_000],
    );
  });
});
