import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import { RedisRelay } from '../../../src/core/live/redis-relay.js';
import { NOTIFICATION_CHANNEL, NotificationPubSub } from '../../../src/modules/notifications/notification-pubsub.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { subscribeNotifications, waitUntil } from '../../utils/live-notifications.js';
import { startRedis, type TestRedis } from '../../utils/redis-server.js';
import type { TestApp } from '../../utils/test-app.js';
import { startTwoInstances } from '../../utils/two-instances.js';
import { STATUS, ok, submitIdea } from '../../utils/follow-up-work.js';

/** Two API instances on one database and one Redis, as docker/compose.yaml runs them. */
describe('live notifications across API instances (REDIS_URL)', () => {
  let redis: TestRedis;
  let a: TestApp;
  let b: NestExpressApplication;
  let bUrl: string;
  let pm: TestAccount;

  beforeAll(async () => {
    ({ redis, a, b, bUrl } = await startTwoInstances());
    pm = await signUpAs(a, 'product_manager');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await redis.stop();
  });

  async function subscribersOfChannel(): Promise<number> {
    const probe = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    try {
      const reply = (await probe.pubsub('NUMSUB', NOTIFICATION_CHANNEL)) as [string, number];
      return Number(reply[1]);
    } finally {
      probe.disconnect();
    }
  }

  /** A member following a fresh idea, with a live socket on instance B. */
  async function listenerOnB(title: string) {
    const member = await signUpAs(a);
    const ideaId = await submitIdea(a, member, title);
    const live = subscribeNotifications(bUrl, member.headers);
    await waitUntil(() => b.get(NotificationPubSub).listenerCount(member.id), 1);
    return { member, ideaId, live };
  }

  it('delivers to a socket held by instance B a status change made through instance A', async () => {
    const { member, ideaId, live } = await listenerOnB('Cross-instance bell');
    try {
      expect(a.app.get(NotificationPubSub).listenerCount(member.id)).toBe(0);
      await ok(a, STATUS, { input: { ideaId, statusKey: 'planned', note: 'On the roadmap' } }, pm);
      await expect(live.next()).resolves.toEqual({
        kind: 'STATUS_CHANGED',
        statusName: 'Planned',
        idea: { id: ideaId },
      });
    } finally {
      await live.close();
    }
  });

  it('resumes after Redis restarts, without restarting the API', async () => {
    const { ideaId, live } = await listenerOnB('Survives a Redis restart');
    try {
      await redis.stop();
      redis = await startRedis(redis.port);
      // Both instances re-subscribe on their own once they reconnect.
      for (const start = Date.now(); (await subscribersOfChannel()) < 2 && Date.now() - start < 10_000;)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await subscribersOfChannel()).toBe(2);
      await ok(a, STATUS, { input: { ideaId, statusKey: 'planned', note: '' } }, pm);
      await expect(live.next()).resolves.toMatchObject({ kind: 'STATUS_CHANGED', idea: { id: ideaId } });
    } finally {
      await live.close();
    }
  });

  it('fails the boot with the reason when Redis cannot be reached', async () => {
    const unused = await startRedis();
    await unused.stop();
    await expect(RedisRelay.start(unused.url, NOTIFICATION_CHANNEL, () => undefined, 300)).rejects.toThrow(
      `Cannot reach Redis at redis://127.0.0.1:${unused.port}`,
    );
  });
});
