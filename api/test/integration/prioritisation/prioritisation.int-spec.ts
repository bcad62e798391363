import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { VOTE, ok, submitIdea } from '../../utils/follow-up-work.js';

const SET = `mutation ($input: SetIdeaPriorityInput!) {
  setIdeaPriority(input: $input) { id priority { reach weightedVotes impact confidence effort score } }
}`;
const FORMULA = `mutation ($formula: ScoreFormula!) { setScoreFormula(formula: $formula) { formula } }`;
const BY_SCORE = `query ($after: String) { ideas(boardSlug: "feedback", sort: SCORE, first: 2, after: $after, search: "Prioritised") {
  pageInfo { hasNextPage endCursor } edges { node { id title priority { score } } }
} }`;
const IMPORTANCE = `mutation ($id: ID!, $importance: VoteImportance) { setVoteImportance(ideaId: $id, importance: $importance) { id } }`;

describe('prioritisation', () => {
  let t: TestApp;
  let pm: TestAccount;
  let admin: TestAccount;
  let member: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    pm = await signUpAs(t, 'product_manager');
    admin = await signUpAs(t, 'admin');
    member = await signUpAs(t, 'member');
  });
  afterAll(() => t.close());

  const errorOf = async (query: string, variables: Record<string, unknown>, who?: TestAccount) =>
    (await t.gql(query, variables, who?.headers)).errors?.[0]?.extensions as {
      code: string;
      fields?: Record<string, string>;
    };

  it('scores by RICE or by importance-weighted votes, sorts and pages by score for staff only', async () => {
    const small = await submitIdea(t, member, 'Prioritised small win');
    const big = await submitIdea(t, member, 'Prioritised big bet');
    const unscored = await submitIdea(t, member, 'Prioritised not estimated');
    const voters = await Promise.all([1, 2, 3].map(() => signUpAs(t)));
    for (const voter of voters) await ok(t, VOTE, { id: big }, voter); // big: 4 backers, small: 1
    await ok(t, IMPORTANCE, { id: small, importance: 'MUST_HAVE' }, member);

    const set = await ok<{ setIdeaPriority: { priority: Record<string, number | null> } }>(
      t,
      SET,
      { input: { ideaId: big, impact: 2, confidence: 50, effort: 4 } },
      pm,
    );
    // RICE: 4 backers × 2 × 50% ÷ 4 = 1.
    expect(set.setIdeaPriority.priority).toEqual({
      reach: 4,
      weightedVotes: 4,
      impact: 2,
      confidence: 50,
      effort: 4,
      score: 1,
    });
    await ok(t, SET, { input: { ideaId: small, impact: 3, confidence: 100, effort: 0.5 } }, pm); // 1 × 3 × 1 ÷ 0.5 = 6

    const page = async (after?: string) =>
      (
        await ok<{
          ideas: {
            pageInfo: { endCursor: string; hasNextPage: boolean };
            edges: Array<{ node: { id: string; priority: { score: number | null } } }>;
          };
        }>(t, BY_SCORE, { after }, pm)
      ).ideas;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((e) => [e.node.id, e.node.priority.score])).toEqual([
      [small, 6],
      [big, 1],
      [unscored, null],
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    // Weighted votes: must-have counts 3, so the small win (3) still trails the big bet (4).
    expect(await errorOf(FORMULA, { formula: 'WEIGHTED_VOTES' }, pm)).toMatchObject({ code: 'FORBIDDEN' });
    await ok(t, FORMULA, { formula: 'WEIGHTED_VOTES' }, admin);
    const weighted = [...(await page()).edges, ...(await page((await page()).pageInfo.endCursor)).edges];
    expect(weighted.map((e) => [e.node.id, e.node.priority.score])).toEqual([
      [big, 4],
      [small, 3],
      [unscored, 1],
    ]);
    await ok(t, FORMULA, { formula: 'RICE' }, admin);

    expect((await errorOf(BY_SCORE, {}, member)).code).toBe('FORBIDDEN');
    expect((await errorOf(BY_SCORE, {})).code).toBe('FORBIDDEN');
    const hidden = await ok<{ idea: { priority: null } }>(
      t,
      `query ($id: ID!) { idea(id: $id) { priority { score } } }`,
      { id: big },
      member,
    );
    expect(hidden.idea.priority).toBeNull();
  });

  it('checks the estimates and who sets them', async () => {
    const ideaId = await submitIdea(t, member, 'Estimates are checked');
    expect((await errorOf(SET, { input: { ideaId, impact: 2 } }, member)).code).toBe('FORBIDDEN');
    const invalid = await errorOf(SET, { input: { ideaId, impact: 7, confidence: 101, effort: 0 } }, pm);
    expect(Object.keys(invalid.fields ?? {}).sort()).toEqual(['confidence', 'effort', 'impact']);
    expect((await errorOf(SET, { input: { ideaId, effort: Number.MAX_VALUE } }, pm)).fields?.effort).toBeDefined();
  });
});
