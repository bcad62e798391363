import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIR, writeMigration } from '../../../src/cli/new-migration.js';
import { createTestDatabase, type TestDatabase } from '../../utils/test-database.js';

/**
 * Schema changes are hand-written, reviewed SQL (README "Changing the schema"). Nothing diffs
 * entity classes against the database any more: the data source maps no entities, so TypeORM's
 * schema builder (what `typeorm migration:generate` and `synchronize` run) proposes nothing
 * against the migrated schema, and `npm run db:new-migration` writes an empty up()/down() pair.
 */
describe('changing the schema', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'chorus-migrations-'));
    await copyFile(join(MIGRATIONS_DIR, 'index.ts'), join(dir, 'index.ts'));
  });
  afterAll(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('has TypeORM propose no change at all to the migrated schema (no DROP of what migrations made)', async () => {
    const { upQueries, downQueries } = await db.dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
    expect(downQueries.map((q) => q.query)).toEqual([]);
  });

  it('writes a new, empty, timestamped migration and lists it last in migrations/index.ts', async () => {
    const file = await writeMigration(dir, 'AddIdeaPins', 1_800_000_000_000);
    expect(file).toBe(join(dir, '1800000000000-add-idea-pins.ts'));
    const source = await readFile(file, 'utf8');
    expect(source).toContain('export class AddIdeaPins1800000000000 implements MigrationInterface');
    expect(source).toMatch(/async up\(db: QueryRunner\)[\s\S]*async down\(db: QueryRunner\)/);
    expect(source).not.toMatch(/DROP|ALTER|CREATE/i);
    const index = await readFile(join(dir, 'index.ts'), 'utf8');
    expect(index).toContain(`import { AddIdeaPins1800000000000 } from './1800000000000-add-idea-pins.js';`);
    expect(index.trimEnd()).toMatch(/ {2}AddIdeaPins1800000000000,\n\];$/);
  });

  it('refuses names that are not PascalCase, and never overwrites a file', async () => {
    await expect(writeMigration(dir, 'add pins; rm -rf /')).rejects.toThrow(/PascalCase/);
    await expect(writeMigration(dir, 'X'.repeat(61))).rejects.toThrow(/PascalCase/);
    await expect(writeMigration(dir, 'AddIdeaPins', 1_800_000_000_000)).rejects.toThrow(/EEXIST/);
    expect((await readdir(dir)).sort()).toEqual(['1800000000000-add-idea-pins.ts', 'index.ts']);
  });
});
