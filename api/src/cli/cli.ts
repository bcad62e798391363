import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config.js';
import { DatabaseRuntime } from '../database/database-runtime.js';
import { installJobSchema } from '../core/jobs/job-queue.js';
import { seedDemo } from './demo-data/demo.js';
import { demoPasswords } from './demo-data/demo-passwords.js';
import { MIGRATIONS_DIR, writeMigration } from './new-migration.js';
import { rebuildReputation } from '../modules/reputation/reputation-rules.js';

/**
 * `npm run db:migrate | db:revert | db:new-migration <Name> | db:seed | reputation:rebuild`
 * against DATABASE_URL,
 * or against the embedded cluster in the data folder when it is unset.
 */
async function main(command: string | undefined, name: string | undefined): Promise<void> {
  if (command === 'new-migration') {
    const file = await writeMigration(MIGRATIONS_DIR, name ?? '');
    console.log(`Wrote ${file} and listed it in migrations/index.ts: write its up() and down() SQL`);
    return;
  }
  const config = loadConfig();
  const runtime = await DatabaseRuntime.start(config, 2);
  const db = runtime.dataSource;
  try {
    switch (command) {
      case 'migrate': {
        const applied = await db.runMigrations({ transaction: 'each' });
        await installJobSchema((db.options as { url: string }).url); // the job queue's own schema (graphile-worker)
        console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Database is up to date');
        break;
      }
      case 'revert':
        await db.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration');
        break;
      case 'seed':
        console.log(
          (await seedDemo(db, demoPasswords(config).passwords)) ? 'Demo data loaded' : 'Demo data already present',
        );
        break;
      case 'reputation:rebuild': {
        const { members, points } = await db.transaction((tx) => rebuildReputation(tx));
        console.log(`Reputation rebuilt from history: ${points} points across ${members} members`);
        break;
      }
      default:
        throw new Error('Usage: cli.js migrate | revert | seed | new-migration <Name> | reputation:rebuild');
    }
  } finally {
    await runtime.stop();
  }
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(
    `chorus: ${error instanceof ConfigError ? error.problems.join('\nchorus: ') : (error as Error).message}`,
  );
  process.exit(1);
});
