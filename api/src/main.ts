import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { DatabaseRuntime } from './database/database-runtime.js';
import { seedDemo, setDemoPasswords } from './cli/demo-data/demo.js';
import { DEMO_ACCOUNTS } from './cli/demo-data/demo-data.js';
import { demoPasswords, type DemoPasswords } from './cli/demo-data/demo-passwords.js';
import { writeSchemaFile } from './graphql/schema-file.js';
import { ensureAdmin } from './modules/auth/ensure-admin.js';

const SHUTDOWN_TIMEOUT_MS = 15_000;

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const database = await DatabaseRuntime.start(config);
  let app: NestExpressApplication | undefined;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(`chorus: still stopping after ${SHUTDOWN_TIMEOUT_MS / 1000}s, exiting`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    // Stop accepting and drain HTTP first, then close the pool, then stop PostgreSQL.
    await app?.close();
    await database.stop();
    console.log(`chorus: stopped (${signal})`);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const db = database.dataSource;
    if (config.migrateOnBoot) await db.runMigrations({ transaction: 'each' });
    const demo = config.demoData ? demoPasswords(config) : undefined;
    const passwords = demo?.passwords;
    const seeded = passwords ? await seedDemo(db, passwords) : false;
    if (demo && !seeded && demo.fresh) await setDemoPasswords(db, demo.passwords);
    if (config.adminEmail && config.adminPassword) await ensureAdmin(db, config.adminEmail, config.adminPassword);

    app = await createApp(config, db);
    if (config.nodeEnv === 'development') await writeSchemaFile(app.get(GraphQLSchemaHost).schema);
    await app.listen(config.port, config.host);
    printBanner(config, database.isEmbedded, seeded, passwords);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.stop();
    throw error;
  }
}

function printBanner(config: AppConfig, embedded: boolean, seeded: boolean, passwords?: DemoPasswords): void {
  const lines = [
    '',
    `  Chorus is running at ${config.publicUrl}`,
    `  GraphQL API: ${config.publicUrl}/graphql`,
    `  Database: ${embedded ? `embedded PostgreSQL in ${config.dataDir}/postgres` : 'DATABASE_URL'}${seeded ? ' (demo data loaded)' : ''}`,
  ];
  if (passwords) {
    lines.push(`  Demo accounts (passwords of this installation, kept in ${config.dataDir}/demo-passwords.json):`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.role.padEnd(16)} ${account.email} / ${passwords[account.role]}`);
  }
  console.log(`${lines.join('\n')}\n`);
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.problems.join('\nchorus: ') : (error as Error).message;
  console.error(`chorus: ${message}`);
  process.exit(1);
});
