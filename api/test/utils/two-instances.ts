import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.js';
import { seedDemo } from '../../src/cli/demo-data/demo.js';
import { startRedis, type TestRedis } from './redis-server.js';
import { createTestApp, type TestApp } from './test-app.js';

export interface TwoInstances {
  redis: TestRedis;
  /** Instance A, with the test database and the demo board. */
  a: TestApp;
  /** Instance B on the same database and Redis. */
  b: NestExpressApplication;
  bUrl: string;
}

/** Two API instances on one database and one Redis, as docker/compose.yaml runs them. */
export async function startTwoInstances(): Promise<TwoInstances> {
  const redis = await startRedis();
  const a = await createTestApp({ redisUrl: redis.url });
  await seedDemo(a.db.dataSource);
  const b = await createApp({ ...a.config }, a.db.dataSource);
  await b.listen(0, '127.0.0.1');
  const bUrl = (await b.getUrl()).replace('[::1]', '127.0.0.1');
  return { redis, a, b, bUrl };
}
