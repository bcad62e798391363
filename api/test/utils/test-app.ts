import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; fields?: Record<string, string> } }>;
}

export interface TestApp {
  app: NestExpressApplication;
  db: TestDatabase;
  url: string;
  config: AppConfig;
  /** POSTs a GraphQL operation; `headers` carries cookies or bearer tokens. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real application on its own database, listening on a random loopback port (or `overrides.port`). */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    webDistDir: '/nonexistent',
    // Suites sign up and write far more than a person would; security/ tests the real limits.
    rateLimitScale: 100,
    ...overrides,
  };
  const app = await createApp(config, db.dataSource);
  await app.listen(overrides.port ?? 0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    db,
    url,
    config,
    gql: async (query, variables, headers) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
