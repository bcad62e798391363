import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createPrivateIdea } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { ok, settled, submitIdea } from '../../utils/follow-up-work.js';

const RECORD = `mutation ($input: RecordVoteOnBehalfInput!) { recordVoteOnBehalf(input: $input) { id voteCount } }`;
const ON_BEHALF = `query ($id: ID!) { idea(id: $id) {
  voteCount votesOnBehalf { source quote importance customer { id displayName } recordedBy { id } }
} }`;
const IMPORTANCE = `mutation ($id: ID!, $importance: VoteImportance) {
  setVoteImportance(ideaId: $id, importance: $importance) { id viewerVoteImportance }
}`;

interface OnBehalf {
  idea: {
    voteCount: number;
    votesOnBehalf: Array<{
      source: string;
      quote: string;
      importance: string | null;
      customer: { id: string; displayName: string };
      recordedBy: { id: string };
    }> | null;
  };
}

describe('votes on behalf', () => {
  let t: TestApp;
  let staff: TestAccount;
  let customer: TestAccount;
  let author: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    staff = await signUpAs(t, 'moderator', 'Sam Support');
    customer = await signUpAs(t, 'member', 'Cora Customer');
    author = await signUpAs(t, 'member', 'Ari Author');
  });
  afterAll(() => t.close());

  const errorOf = async (query: string, variables: Record<string, unknown>, who: TestAccount) =>
    (await t.gql(query, variables, who.headers)).errors?.[0]?.extensions as {
      code: string;
      reason: string;
      fields?: Record<string, string>;
    };
  const exactCount = async (ideaId: string) => {
    const [row] = await t.db.dataSource.query<Array<{ counter: number; actual: number }>>(
      `SELECT vote_count AS counter, (SELECT count(*)::int FROM votes WHERE idea_id = $1) AS actual FROM ideas WHERE id = $1`,
      [ideaId],
    );
    return row;
  };

  it('counts a recorded vote once like the customer’s own, and shows source and quote to staff only', async () => {
    const ideaId = await submitIdea(t, author, 'Single sign-on with Okta');
    const input = {
      ideaId,
      customerId: customer.id,
      source: 'CALL',
      quote: 'We need this by Q3',
      importance: 'MUST_HAVE',
    };
    expect(
      (await ok<{ recordVoteOnBehalf: { voteCount: number } }>(t, RECORD, { input }, staff)).recordVoteOnBehalf
        .voteCount,
    ).toBe(2);
    // Again (a second call): still one vote, the latest words kept.
    const again = { ...input, source: 'EMAIL', quote: 'Still need it', importance: null };
    expect(
      (await ok<{ recordVoteOnBehalf: { voteCount: number } }>(t, RECORD, { input: again }, staff)).recordVoteOnBehalf
        .voteCount,
    ).toBe(2);
    expect(await exactCount(ideaId)).toEqual({ counter: 2, actual: 2 });
    const seen = await ok<OnBehalf>(t, ON_BEHALF, { id: ideaId }, staff);
    expect(seen.idea.votesOnBehalf).toEqual([
      {
        source: 'EMAIL',
        quote: 'Still need it',
        importance: 'MUST_HAVE',
        customer: { id: customer.id, displayName: 'Cora Customer' },
        recordedBy: { id: staff.id },
      },
    ]);
    expect((await ok<OnBehalf>(t, ON_BEHALF, { id: ideaId }, customer)).idea.votesOnBehalf).toBeNull();
    expect((await t.gql<OnBehalf>(ON_BEHALF, { id: ideaId })).data?.idea.votesOnBehalf).toBeNull();
    const mine = await ok<{ idea: { viewerHasVoted: boolean; viewerVoteImportance: string } }>(
      t,
      `query ($id: ID!) { idea(id: $id) { viewerHasVoted viewerVoteImportance } }`,
      { id: ideaId },
      customer,
    );
    expect(mine.idea).toEqual({ viewerHasVoted: true, viewerVoteImportance: 'MUST_HAVE' });
    // The customer may withdraw it like any vote of theirs: its details go with it.
    await ok(t, `mutation ($id: ID!) { retractVote(ideaId: $id) { id } }`, { id: ideaId }, customer);
    expect((await ok<OnBehalf>(t, ON_BEHALF, { id: ideaId }, staff)).idea).toEqual({ voteCount: 1, votesOnBehalf: [] });
  });

  it('refuses members, bad input and customers who cannot see the board', async () => {
    const ideaId = await submitIdea(t, author, 'Refusals for recorded votes');
    expect((await errorOf(RECORD, { input: { ideaId, customerId: customer.id, source: 'CHAT' } }, author)).code).toBe(
      'FORBIDDEN',
    );
    const both = await errorOf(
      RECORD,
      {
        input: {
          ideaId,
          customerId: customer.id,
          customerEmail: 'x@example.test',
          source: 'CHAT',
          quote: 'q'.repeat(2001),
        },
      },
      staff,
    );
    expect(Object.keys(both.fields ?? {}).sort()).toEqual(['customerEmail', 'quote']);
    const hostile = await errorOf(
      RECORD,
      { input: { ideaId, customerEmail: `${'a'.repeat(100_000)}@x.io`, source: 'CHAT' } },
      staff,
    );
    expect(hostile.fields?.customerEmail).toBeDefined();
    const privateId = await createPrivateIdea(t.db.dataSource);
    const hidden = await errorOf(
      RECORD,
      { input: { ideaId: privateId, customerId: customer.id, source: 'CALL' } },
      staff,
    );
    expect(hidden.code).toBe('BAD_USER_INPUT');
    expect(await exactCount(privateId)).toEqual({ counter: 0, actual: 0 });
  });

  it('creates an unconfirmed account for a new e-mail, tells them, and they take it over with a password', async () => {
    const ideaId = await submitIdea(t, author, 'Audit log export to S3');
    const email = `new-${Date.now()}@example.test`;
    await ok(
      t,
      RECORD,
      { input: { ideaId, customerEmail: email, customerName: 'Nina New', source: 'EMAIL', quote: 'Please' } },
      staff,
    );
    const [account] = await t.db.dataSource.query<Array<{ id: string; verified: boolean }>>(
      `SELECT id, email_verified_at IS NOT NULL AS verified FROM users WHERE email = $1`,
      [email],
    );
    expect(account.verified).toBe(false);
    const signIn = (password: string) =>
      t.gql(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
        input: { email, password },
      });
    expect((await signIn('recorded-on-behalf')).errors).toBeDefined();
    const [mail] = await t.db.dataSource.query<Array<{ subject: string; text: string }>>(
      `SELECT payload->>'subject' AS subject, payload->>'text' AS text FROM outbox WHERE kind = 'vote_on_behalf' AND payload->>'to' = $1`,
      [email],
    );
    expect(mail.subject).toBe('Your vote for “Audit log export to S3” on Chorus');
    const token = new URL(mail.text.match(/https?:\/\/\S+\/reset-password\?token=\S+/)![0]).searchParams.get('token');
    await ok(
      t,
      `mutation ($token: String!) { resetPassword(token: $token, newPassword: "a brand new passphrase") }`,
      { token },
      { headers: {} },
    );
    const signedIn = await signIn('a brand new passphrase');
    expect(signedIn.errors).toBeUndefined();
    const [after] = await t.db.dataSource.query<Array<{ verified: boolean }>>(
      `SELECT email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1`,
      [account.id],
    );
    expect(after.verified).toBe(true);
    // Recording for the same address again finds the account (any case), no second one, no second mail.
    await ok(t, RECORD, { input: { ideaId, customerEmail: email.toUpperCase(), source: 'CALL' } }, staff);
    const [{ accounts, mails }] = await t.db.dataSource.query<Array<{ accounts: number; mails: number }>>(
      `SELECT (SELECT count(*)::int FROM users WHERE lower(email) = lower($1)) AS accounts,
              (SELECT count(*)::int FROM outbox WHERE kind = 'vote_on_behalf' AND payload->>'to' = $1) AS mails`,
      [email],
    );
    expect({ accounts, mails }).toEqual({ accounts: 1, mails: 1 });
  });

  it('stays exact under concurrent recording, and moves with merges and back with unmerges', async () => {
    const source = await submitIdea(t, author, 'Duplicate: Okta login');
    const target = await submitIdea(t, author, 'Original: SAML login');
    const buyer = await signUpAs(t, 'member', 'Bo Buyer');
    await Promise.all(
      Array.from({ length: 8 }, () =>
        ok(
          t,
          RECORD,
          { input: { ideaId: source, customerId: buyer.id, source: 'CALL', quote: 'Deal-breaker' } },
          staff,
        ),
      ),
    );
    await settled(t);
    expect(await exactCount(source)).toEqual({ counter: 2, actual: 2 });

    await ok(
      t,
      `mutation ($input: MergeIdeasInput!) { mergeIdeas(input: $input) { id } }`,
      { input: { sourceId: source, targetId: target } },
      staff,
    );
    const merged = await ok<OnBehalf>(t, ON_BEHALF, { id: target }, staff);
    expect(merged.idea.voteCount).toBe(2); // the author backs both: counted once
    expect(merged.idea.votesOnBehalf?.map((v) => [v.customer.id, v.quote])).toEqual([[buyer.id, 'Deal-breaker']]);
    await ok(t, `mutation ($id: ID!) { unmergeIdea(id: $id) { id } }`, { id: source }, staff);
    expect((await ok<OnBehalf>(t, ON_BEHALF, { id: target }, staff)).idea).toEqual({ voteCount: 1, votesOnBehalf: [] });
    expect((await ok<OnBehalf>(t, ON_BEHALF, { id: source }, staff)).idea.votesOnBehalf).toHaveLength(1);
  });

  it('lets members say how much an idea they back matters', async () => {
    const ideaId = await submitIdea(t, author, 'Importance on my own vote');
    expect((await errorOf(IMPORTANCE, { id: ideaId, importance: 'IMPORTANT' }, customer)).reason).toBe('NOT_BACKED');
    const set = await ok<{ setVoteImportance: { viewerVoteImportance: string } }>(
      t,
      IMPORTANCE,
      { id: ideaId, importance: 'IMPORTANT' },
      author,
    );
    expect(set.setVoteImportance.viewerVoteImportance).toBe('IMPORTANT');
    const cleared = await ok<{ setVoteImportance: { viewerVoteImportance: null } }>(
      t,
      IMPORTANCE,
      { id: ideaId, importance: null },
      author,
    );
    expect(cleared.setVoteImportance.viewerVoteImportance).toBeNull();
  });
});
