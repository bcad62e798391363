import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { MAX_SOCKET_FRAME_BYTES } from '../../../src/graphql/live-socket.js';
import { NotificationKind, type NotificationModel } from '../../../src/modules/notifications/notification.model.js';
import { NotificationPubSub } from '../../../src/modules/notifications/notification-pubsub.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { whileProbingHealth } from '../../utils/health-probe.js';
import { connectLive, waitUntil } from '../../utils/live-notifications.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

type Outcome = { kind: 'data' | 'error' | 'complete' | 'closed'; value?: unknown };

describe('graphql-ws socket abuse', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  /** The first thing that happens to one operation on a fresh socket. */
  async function firstOutcome(headers: Record<string, string>, query: string): Promise<Outcome> {
    const client = connectLive(t.url, headers);
    try {
      return await new Promise<Outcome>((resolve) => {
        client.on('closed', (event) => resolve({ kind: 'closed', value: (event as { code: number }).code }));
        client.subscribe(
          { query },
          {
            next: (value) => resolve({ kind: 'data', value }),
            error: (value) => resolve({ kind: 'error', value }),
            complete: () => resolve({ kind: 'complete' }),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  it('closes a connection sending a frame over 16 KiB, before authentication', async () => {
    const { result: code, elapsedMs } = await whileProbingHealth(
      t,
      () =>
        new Promise<number>((resolve, reject) => {
          const socket = new WebSocket(`${t.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
          socket.on('open', () => socket.send('x'.repeat(MAX_SOCKET_FRAME_BYTES + 1)));
          socket.on('close', (closeCode) => resolve(closeCode));
          socket.on('error', reject);
        }),
    );
    expect(code).toBe(1009); // Message Too Big
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('refuses upgrades on other paths', async () => {
    const failure = await new Promise<unknown>((resolve) => {
      const socket = new WebSocket(`${t.url.replace('http', 'ws')}/elsewhere`, 'graphql-transport-ws');
      socket.on('open', () => resolve('open'));
      socket.on('error', resolve);
    });
    expect(failure).not.toBe('open');
  });

  it('runs subscriptions only: queries and mutations are refused with a clear reason', async () => {
    const member = await signUpAs(t);
    for (const query of ['{ viewer { id } }', 'mutation { signOut }']) {
      const outcome = await firstOutcome(member.headers, query);
      expect(outcome.kind).toBe('error');
      expect(outcome.value).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTIONS_ONLY' } }),
      ]);
    }
  });

  it('applies the token cap, validation and query limits, with masked errors', async () => {
    const member = await signUpAs(t);
    const lines = ['subscription { notificationAdded { ...F40 } }', 'fragment F0 on Notification { id kind }'];
    for (let i = 1; i <= 40; i += 1) lines.push(`fragment F${i} on Notification { ...F${i - 1} ...F${i - 1} }`);
    const fanOut = await firstOutcome(member.headers, lines.join('\n'));
    expect(fanOut.value).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'QUERY_TOO_COMPLEX' }) }),
    ]);

    const long = await firstOutcome(member.headers, `subscription { notificationAdded { ${'id '.repeat(1500)} } }`);
    expect(long.value).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' } }),
    ]);

    const invalid = await firstOutcome(member.headers, 'subscription { notificationAdded { nope } }');
    expect(invalid.value).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
  });

  describe('re-checks the session on every operation and event', () => {
    const publishTo = (recipientId: string) =>
      t.app.get(NotificationPubSub).publish({
        id: randomUUID(),
        recipientId,
        kind: NotificationKind.STATUS_CHANGED,
        statusName: 'Planned',
        ideaId: null,
        actorId: null,
        createdAt: new Date(),
        readAt: null,
      } as unknown as NotificationModel);

    /** Subscribes, then runs `change` and publishes: what the socket gets next. */
    async function afterChange(member: TestAccount, change: () => Promise<unknown>) {
      const client = connectLive(t.url, member.headers);
      const closed = new Promise<number>((resolve) =>
        client.on('closed', (event) => resolve((event as { code: number }).code)),
      );
      const messages: unknown[] = [];
      client.subscribe(
        { query: 'subscription { notificationAdded { kind statusName } }' },
        { next: (value) => messages.push(value), error: (e) => messages.push(e), complete: () => undefined },
      );
      const pubsub = t.app.get(NotificationPubSub);
      await waitUntil(() => pubsub.listenerCount(member.id), 1);
      publishTo(member.id);
      await waitUntil(() => messages.length, 1);
      expect(messages[0]).toEqual({ data: { notificationAdded: { kind: 'STATUS_CHANGED', statusName: 'Planned' } } });

      await change();
      publishTo(member.id);
      const code = await closed;
      await client.dispose();
      return { code, messages };
    }

    it('closes the socket once the session is signed out', async () => {
      const member = await signUpAs(t);
      const { code, messages } = await afterChange(member, () =>
        fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...member.headers },
          body: JSON.stringify({ query: 'mutation { signOut }' }),
        }),
      );
      expect(code).toBe(4403);
      expect(messages[1]).toEqual({
        errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' } })],
      });
      // A new socket with that cookie is refused outright.
      expect(await firstOutcome(member.headers, 'subscription { notificationAdded { id } }')).toEqual({
        kind: 'closed',
        value: 4403,
      });
    });

    it('closes the socket when the session expires, the account is suspended or its role changes', async () => {
      const changes: Array<(member: TestAccount) => Promise<unknown>> = [
        (m) => t.db.dataSource.query(`UPDATE sessions SET expires_at = now() WHERE user_id = $1`, [m.id]),
        (m) =>
          t.db.dataSource.query(`UPDATE users SET suspended_until = now() + interval '1 day' WHERE id = $1`, [m.id]),
        (m) => t.db.dataSource.query(`UPDATE users SET role = 'moderator' WHERE id = $1`, [m.id]),
      ];
      for (const change of changes) {
        const member = await signUpAs(t);
        const { code, messages } = await afterChange(member, () => change(member));
        expect(code).toBe(4403);
        expect(messages).toHaveLength(2);
      }
    });
  });
});
