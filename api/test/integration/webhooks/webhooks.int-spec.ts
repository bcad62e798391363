import { Webhook } from 'standardwebhooks';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { PAUSE_MIN_FAILURES, WebhookDeliveryService } from '../../../src/modules/webhooks/webhook-delivery.service.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createPrivateIdea } from '../../utils/fixtures.js';
import { COMMENT, ok, settled, STATUS, submitIdea, VOTE } from '../../utils/follow-up-work.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { startReceiver, type Received, type Receiver } from './receiver.js';

const CREATE = `mutation ($input: CreateWebhookInput!) {
  createWebhook(input: $input) { secret webhook { id url boardSlug events format paused } }
}`;
const UPDATE = `mutation ($input: UpdateWebhookInput!) { updateWebhook(input: $input) { id paused pausedReason } }`;
const DELIVERIES = `query ($id: ID!, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id messageId eventType summary attempt succeeded statusCode durationMs error responseExcerpt } }
  }
}`;
const REDELIVER = `mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) }`;
const LIST = `{ webhooks { id paused pausedReason } }`;

interface Delivery {
  id: string;
  messageId: string;
  eventType: string;
  summary: string;
  attempt: number;
  succeeded: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

interface Envelope {
  type: string;
  version: number;
  timestamp: string;
  data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Verifies a request per Standard Webhooks (throws if the signature or timestamp is wrong). */
function verified(secret: string, request: Received): Envelope {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as Envelope;
}

async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('webhooks (real receivers on loopback, CHORUS_WEBHOOKS_ALLOW_PRIVATE=true)', () => {
  let t: TestApp;
  let admin: TestAccount;
  let member: TestAccount;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await createTestApp({ webhooksAllowPrivate: true });
    await seedDemo(t.db.dataSource);
    admin = await signUpAs(t, 'admin', 'Ada Admin');
    member = await signUpAs(t, 'member', 'Mia Member');
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.respond = () => ({ status: 204 });
  });
  // Each test starts with no endpoint (one a failed test left would get the next test's events).
  afterEach(() => t.db.dataSource.query(`DELETE FROM webhooks`));

  const create = async (input: Record<string, unknown>) =>
    (
      await ok<{ createWebhook: { secret: string; webhook: { id: string; paused: boolean } } }>(
        t,
        CREATE,
        { input },
        admin,
      )
    ).createWebhook;
  const deliveries = async (id: string, first = 50) =>
    (
      await ok<{
        webhookDeliveries: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: Delivery }>;
        };
      }>(t, DELIVERIES, { id, first }, admin)
    ).webhookDeliveries;
  const remove = (id: string) => ok(t, `mutation ($id: ID!) { deleteWebhook(id: $id) }`, { id }, admin);

  it('is for admins only', async () => {
    const response = await t.gql(LIST, {}, member.headers);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const refused = await t.gql(CREATE, { input: { url: receiver.url, events: ['idea.created'] } }, member.headers);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('signs versioned payloads of each chosen event, logs each delivery, and keeps to its board', async () => {
    const { secret, webhook } = await create({
      url: receiver.url,
      events: ['idea.created', 'vote.cast', 'vote.retracted', 'comment.created', 'idea.status_changed'],
      description: 'CI',
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    // An endpoint of another board hears nothing of the demo board.
    const other = await startReceiver();
    const privateIdea = await createPrivateIdea(t.db.dataSource);
    const [{ slug }] = await t.db.dataSource.query(
      `SELECT b.slug FROM boards b JOIN ideas i ON i.board_id = b.id WHERE i.id = $1`,
      [privateIdea],
    );
    const scoped = await create({ url: other.url, events: ['idea.created', 'vote.cast'], boardSlug: slug });

    const ideaId = await submitIdea(t, member, 'Export roadmap as CSV');
    await ok(t, VOTE, { id: ideaId }, admin);
    await ok(t, `mutation ($id: ID!) { retractVote(ideaId: $id) { id } }`, { id: ideaId }, admin);
    await ok(t, COMMENT, { input: { ideaId, body: 'Yes   please,\n\nwith <b>headers</b>' } }, admin);
    await ok(t, STATUS, { input: { ideaId, statusKey: 'planned', note: 'Next sprint' } }, admin);
    await ok(t, `mutation ($id: ID!) { deleteIdea(id: $id) }`, { id: ideaId }, member); // not subscribed
    await settled(t);

    const requests = await receiver.waitFor(5);
    await settled(t);
    expect(receiver.requests).toHaveLength(5);
    const payloads = requests.map((r) => verified(secret, r));
    const byType = Object.fromEntries(payloads.map((p) => [p.type, p]));
    expect(Object.keys(byType).sort()).toEqual(
      ['comment.created', 'idea.created', 'idea.status_changed', 'vote.cast', 'vote.retracted'].sort(),
    );
    for (const p of payloads) {
      expect(p.version).toBe(1);
      expect(Date.parse(p.timestamp)).toBeGreaterThan(Date.now() - 60_000);
      expect(p.data.idea ?? p.data.source).toMatchObject({ id: ideaId, board: { slug: 'feedback' } });
    }
    expect(byType['idea.created'].data).toMatchObject({
      idea: { id: ideaId, title: 'Export roadmap as CSV', url: `${t.config.publicUrl}/ideas/${ideaId}` },
      actor: { id: member.id, displayName: 'Mia Member' },
    });
    expect(byType['vote.cast'].data).toMatchObject({ voteCount: 2, actor: { id: admin.id } });
    expect(byType['vote.retracted'].data).toMatchObject({ voteCount: 1 });
    expect(byType['comment.created'].data.comment).toMatchObject({
      excerpt: 'Yes please, with <b>headers</b>',
      official: expect.any(Boolean),
    });
    expect(byType['idea.status_changed'].data).toMatchObject({
      from: { key: 'open' },
      to: { key: 'planned' },
      note: 'Next sprint',
    });
    // Standard Webhooks headers: a msg_ id per event, a fresh timestamp, v1 signatures.
    expect(requests[0].headers['webhook-id']).toMatch(/^msg_[0-9a-f-]{36}$/);
    expect(requests[0].headers['webhook-signature']).toMatch(/^v1,/);
    expect(() => verified('whsec_' + Buffer.alloc(24, 1).toString('base64'), requests[0])).toThrow();
    expect(other.requests).toHaveLength(0);

    const log = await deliveries(webhook.id);
    expect(log.totalCount).toBe(5);
    for (const { node } of log.edges) {
      expect(node).toMatchObject({ succeeded: true, statusCode: 204, attempt: 1, error: null });
      expect(node.durationMs).toBeGreaterThanOrEqual(0);
    }
    // Keyset pages: 2 + 2 + 1, nothing repeated.
    const firstPage = await ok<{
      webhookDeliveries: { pageInfo: { endCursor: string }; edges: Array<{ node: Delivery }> };
    }>(t, DELIVERIES, { id: webhook.id, first: 2 }, admin);
    const secondPage = await ok<{ webhookDeliveries: { edges: Array<{ node: Delivery }> } }>(
      t,
      DELIVERIES,
      { id: webhook.id, first: 2, after: firstPage.webhookDeliveries.pageInfo.endCursor },
      admin,
    );
    const seen = [...firstPage.webhookDeliveries.edges, ...secondPage.webhookDeliveries.edges].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(4);

    const audit = await t.db.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1`, [webhook.id]);
    expect(audit).toEqual([{ action: 'webhook.created' }]);
    await other.close();
    expect(scoped.webhook.paused).toBe(false);
  });

  it('measures the latency from commit to receiver', async () => {
    await create({ url: receiver.url, events: ['vote.cast'] });
    const voters = await Promise.all(Array.from({ length: 10 }, () => signUpAs(t, 'member')));
    const ideaId = await submitIdea(t, member, 'Measure webhook latency');
    const latencies: number[] = [];
    for (const [i, voter] of voters.entries()) {
      await ok(t, VOTE, { id: ideaId }, voter);
      const committed = Date.now(); // the mutation answered: its transaction has committed
      const [request] = (await receiver.waitFor(i + 1)).slice(i);
      latencies.push(request.receivedAt - committed);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `webhook latency, commit → receiver, ${latencies.length} votes: median ${latencies[latencies.length >> 1]} ms, ` +
        `max ${latencies[latencies.length - 1]} ms`,
    );
    expect(latencies[latencies.length - 1]).toBeLessThan(5_000);
  });

  it('retries a failing endpoint with backoff under the same webhook-id, logs each attempt, and redelivers', async () => {
    const { secret, webhook } = await create({ url: receiver.url, events: ['idea.created'] });
    let calls = 0;
    receiver.respond = () => (++calls === 1 ? { status: 500, body: 'down for maintenance' } : { status: 200 });
    await submitIdea(t, member, 'Retry me please');

    const [failed, retried] = await receiver.waitFor(2, 20_000);
    expect(retried.receivedAt - failed.receivedAt).toBeGreaterThan(2_000); // graphile-worker's first backoff: e¹ s
    expect(retried.headers['webhook-id']).toBe(failed.headers['webhook-id']);
    expect(verified(secret, retried).type).toBe('idea.created');
    const log = await waitUntil(
      () => deliveries(webhook.id),
      (page) => page.totalCount === 2,
    );
    const [second, first] = log.edges.map((e) => e.node);
    expect(first).toMatchObject({
      attempt: 1,
      succeeded: false,
      statusCode: 500,
      error: 'HTTP 500',
      responseExcerpt: 'down for maintenance',
    });
    expect(second).toMatchObject({ attempt: 2, succeeded: true, statusCode: 200, messageId: first.messageId });
    expect((await ok<{ webhooks: Array<{ paused: boolean }> }>(t, LIST, {}, admin)).webhooks[0].paused).toBe(false);

    expect(await ok(t, REDELIVER, { id: first.id }, admin)).toEqual({ redeliverWebhook: true });
    const redelivered = (await receiver.waitFor(3))[2];
    expect(redelivered.headers['webhook-id']).toBe(failed.headers['webhook-id']);
    expect(verified(secret, redelivered).type).toBe('idea.created');
    await settled(t);
    expect((await deliveries(webhook.id)).edges[0].node).toMatchObject({ attempt: 3, succeeded: true });
  });

  it('pauses an endpoint that failed every delivery for a day, sends it nothing, and resumes it', async () => {
    const { webhook } = await create({ url: receiver.url, events: ['idea.created'] });
    receiver.respond = () => ({ status: 503 });
    await submitIdea(t, member, 'Fails at once');
    await receiver.waitFor(1);
    const [{ id: messageId }] = await waitUntil(
      () =>
        t.db.dataSource.query(`SELECT message_id AS id FROM webhook_deliveries WHERE webhook_id = $1`, [webhook.id]),
      (found) => found.length === 1,
    );
    // A single fresh failure pauses nothing. As if it had been failing since yesterday morning:
    expect((await ok<{ webhooks: Array<{ paused: boolean }> }>(t, LIST, {}, admin)).webhooks[0].paused).toBe(false);
    await t.db.dataSource.query(
      `INSERT INTO webhook_deliveries (webhook_id, message_id, attempt, succeeded, status_code, duration_ms, error, created_at)
       SELECT $1, $2, n, false, 503, 5, 'HTTP 503', now() - interval '13 hours' FROM generate_series(1, $3::int) n`,
      [webhook.id, messageId, PAUSE_MIN_FAILURES - 2],
    );
    await submitIdea(t, member, 'Fails again');
    const [paused] = await waitUntil(
      () => ok<{ webhooks: Array<{ paused: boolean; pausedReason: string | null }> }>(t, LIST, {}, admin),
      (list) => list.webhooks[0].paused,
    ).then((list) => list.webhooks);
    expect(paused.pausedReason).toBe('Every delivery of the last 24 hours failed');

    // Paused: new events make no message and no request (the pending retries stop too).
    const before = receiver.requests.length;
    receiver.respond = () => ({ status: 200 });
    await submitIdea(t, member, 'Nobody hears this');
    await settled(t);
    expect(receiver.requests).toHaveLength(before);

    const resumed = await ok<{ updateWebhook: { paused: boolean } }>(
      t,
      UPDATE,
      { input: { id: webhook.id, paused: false } },
      admin,
    );
    expect(resumed.updateWebhook.paused).toBe(false);
    await submitIdea(t, member, 'Heard again');
    const last = (await receiver.waitFor(before + 1)).at(-1)!;
    expect(JSON.parse(last.body.toString()).data.idea.title).toBe('Heard again');
  });

  it('posts a readable, unsigned { text } to Slack-compatible endpoints', async () => {
    await create({ url: receiver.url, events: ['idea.created'], format: 'SLACK' });
    const ideaId = await submitIdea(t, member, 'Dark mode <please> & more');
    const [board] = await t.db.dataSource.query(`SELECT name FROM boards WHERE slug = 'feedback'`);
    const [request] = await receiver.waitFor(1);
    expect(request.headers['webhook-signature']).toBeUndefined();
    expect(JSON.parse(request.body.toString())).toEqual({
      text: `New idea on ${board.name}: <${t.config.publicUrl}/ideas/${ideaId}|Dark mode &lt;please&gt; &amp; more> by Mia Member`,
    });
  });

  it('does not follow redirects and reads at most 2 kB of an answer', async () => {
    const { webhook } = await create({ url: receiver.url, events: ['idea.created'] });
    let calls = 0;
    receiver.respond = () =>
      ++calls === 1
        ? { status: 302, headers: { location: `${receiver.url}/elsewhere` } }
        : { status: 200, body: 'x'.repeat(1_000_000) };
    await submitIdea(t, member, 'Redirected away');
    const log = await waitUntil(
      () => deliveries(webhook.id),
      (page) => page.totalCount === 2,
    );
    expect(receiver.requests.map((r) => r.headers.host)).toHaveLength(2); // the retry, not the redirect target
    const [second, first] = log.edges.map((e) => e.node);
    expect(first).toMatchObject({ succeeded: false, statusCode: 302, error: 'Redirect (302) not followed' });
    expect(second.succeeded).toBe(true);
    expect(second.responseExcerpt).toHaveLength(2048);
  });

  it('audits rotation, update and deletion; a rotated secret signs from then on', async () => {
    const { secret: old, webhook } = await create({ url: receiver.url, events: ['idea.created'] });
    const rotated = await ok<{ rotateWebhookSecret: { secret: string } }>(
      t,
      `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id } } }`,
      { id: webhook.id },
      admin,
    );
    expect(rotated.rotateWebhookSecret.secret).not.toBe(old);
    await submitIdea(t, member, 'Signed with the new secret');
    const [request] = await receiver.waitFor(1);
    expect(verified(rotated.rotateWebhookSecret.secret, request).type).toBe('idea.created');
    expect(() => verified(old, request)).toThrow();

    const bad = await t.gql(UPDATE, { input: { id: webhook.id, events: ['idea.exploded'] } }, admin.headers);
    expect(bad.errors?.[0].extensions?.fields).toHaveProperty('events');
    await remove(webhook.id);
    const audit = await t.db.dataSource.query(
      `SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY created_at`,
      [webhook.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'webhook.created',
      'webhook.secret_rotated',
      'webhook.deleted',
    ]);
    expect(JSON.stringify(await t.db.dataSource.query(`SELECT before, after FROM audit_log`))).not.toContain('whsec_');
  });

  it('keeps messages and their delivery log for 30 days (a daily scheduled job prunes them)', async () => {
    const { webhook } = await create({ url: receiver.url, events: ['idea.created'] });
    await submitIdea(t, member, 'Kept for a month');
    await submitIdea(t, member, 'Older than a month');
    await receiver.waitFor(2);
    await waitUntil(
      () => deliveries(webhook.id),
      (page) => page.totalCount === 2,
    );
    await t.db.dataSource.query(
      `UPDATE webhook_messages SET created_at = now() - interval '31 days' WHERE payload->'data'->'idea'->>'title' = $1`,
      ['Older than a month'],
    );
    expect(await t.app.get(WebhookDeliveryService).prune()).toBe(1);
    const left = await deliveries(webhook.id);
    expect(left.edges.map((e) => e.node.summary)).toEqual([expect.stringContaining('Kept for a month')]);
    const [{ known }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS known FROM graphile_worker._private_known_crontabs WHERE identifier = 'webhooks:prune'`,
    );
    expect(known).toBe(1);
  });
});
