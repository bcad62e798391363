import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { connect, createDataSource } from '../../src/database/data-source.js';
import { installJobSchema } from '../../src/core/jobs/job-queue.js';

function templateName(): string {
  return process.env.CHORUS_TEST_TEMPLATE ?? 'chorus_test_template';
}

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.CHORUS_TEST_ADMIN_URL;
  if (!url)
    throw new Error('CHORUS_TEST_ADMIN_URL is unset: run the tests through jest (global-setup starts PostgreSQL)');
  return url;
}

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function urlOf(database: string): string {
  const parsed = new URL(adminUrl());
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The first test file to get here migrates the template; the others wait on the lock. */
async function ensureTemplate(): Promise<void> {
  const template = templateName();
  await asAdmin(async (client) => {
    await client.query(`SELECT pg_advisory_lock(hashtext('chorus-test-template'))`);
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${template}`);
      const dataSource = await connect(createDataSource({ url: urlOf(template), poolSize: 1 }), urlOf(template));
      await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.destroy();
      await installJobSchema(urlOf(template)); // once here, not in every test file's database
    }
    await client.query(`SELECT pg_advisory_unlock(hashtext('chorus-test-template'))`);
  });
}

/** A fresh, migrated database cloned from the template: test files never share data. */
export async function createTestDatabase(poolSize = 10): Promise<TestDatabase> {
  await ensureTemplate();
  const name = `chorus_test_${randomBytes(6).toString('hex')}`;
  await asAdmin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateName()}`));
  const url = urlOf(name);
  const dataSource = await connect(createDataSource({ url, poolSize }), url);
  return {
    url,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await asAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
