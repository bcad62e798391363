import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config/config.js';
import { DatabaseRuntime } from './database-runtime.js';
import { seedDemo } from './seed/demo.js';
import { rebuildReputation } from '../modules/reputation/reputation-rules.js';

/**
 * `npm run db:migrate | db:revert | db:generate <Name> | db:seed` (and `node dist/database/cli.js
 * reputation:rebuild`) against DATABASE_URL,
 * or against the embedded cluster in the data folder when it is unset.
 */
async function main(command: string | undefined, name: string | undefined): Promise<void> {
  const runtime = await DatabaseRuntime.start(loadConfig(), 2);
  const db = runtime.dataSource;
  try {
    switch (command) {
      case 'migrate': {
        const applied = await db.runMigrations({ transaction: 'each' });
        console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Database is up to date');
        break;
      }
      case 'revert':
        await db.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration');
        break;
      case 'seed':
        console.log((await seedDemo(db)) ? 'Demo data loaded' : 'Demo data already present');
        break;
      case 'generate':
        await generate(db, name);
        break;
      case 'reputation:rebuild': {
        const { members, points } = await db.transaction((tx) => rebuildReputation(tx));
        console.log(`Reputation rebuilt from history: ${points} points across ${members} members`);
        break;
      }
      default:
        throw new Error('Usage: cli.js migrate | revert | seed | generate <Name> | reputation:rebuild');
    }
  } finally {
    await runtime.stop();
  }
}

/** Writes a migration with the SQL that brings the database in line with the entities. */
async function generate(db: DatabaseRuntime['dataSource'], name: string | undefined): Promise<void> {
  if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name))
    throw new Error('generate needs a PascalCase name, e.g. AddIdeaPins');
  await db.runMigrations({ transaction: 'each' });
  const sql = await db.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('No changes between the entities and the database');
    return;
  }
  const timestamp = Date.now();
  const lines = (queries: typeof sql.upQueries) =>
    queries.map((q) => `    await db.query(${JSON.stringify(q.query)});`).join('\n');
  const file = fileURLToPath(new URL(`../../src/database/migrations/${timestamp}-${name}.ts`, import.meta.url));
  await writeFile(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(db: QueryRunner): Promise<void> {\n${lines(sql.upQueries)}\n  }\n\n  async down(db: QueryRunner): Promise<void> {\n${lines([...sql.downQueries].reverse())}\n  }\n}\n`,
  );
  console.log(`Wrote ${file}; review it and add it to migrations/index.ts`);
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(
    `chorus: ${error instanceof ConfigError ? error.problems.join('\nchorus: ') : (error as Error).message}`,
  );
  process.exit(1);
});
