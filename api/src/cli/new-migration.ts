import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The migrations' source folder (the CLI runs from dist/, the files live in src/). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/database/migrations/', import.meta.url));

/**
 * `npm run db:new-migration -- <Name>`: writes an empty, timestamped migration with up() and
 * down() to fill in with reviewed SQL, and lists it in migrations/index.ts. It proposes no
 * statements: Chorus has no entity classes to diff against (a diff from hand-kept entities is
 * how `db:generate` once came to propose DROPs of columns the migrations had added).
 */
export async function writeMigration(dir: string, name: string, now = Date.now()): Promise<string> {
  if (name.length > 60 || !/^[A-Z][A-Za-z0-9]*$/.test(name))
    throw new Error('new-migration needs a PascalCase name of at most 60 characters, e.g. AddIdeaPins');
  const className = `${name}${now}`;
  const base = `${now}-${name.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase()}`;
  const file = join(dir, `${base}.ts`);
  await writeFile(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(db: QueryRunner): Promise<void> {
    await db.query(\`\`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(\`\`);
  }
}
`,
    { flag: 'wx' },
  );
  const indexFile = join(dir, 'index.ts');
  const index = await readFile(indexFile, 'utf8');
  const lastImport = index.lastIndexOf('\nimport ');
  const afterImports = index.indexOf('\n', lastImport + 1) + 1;
  const listed = index
    .slice(0, afterImports)
    .concat(`import { ${className} } from './${base}.js';\n`, index.slice(afterImports))
    .replace(/\n\];\s*$/, `\n  ${className},\n];\n`);
  await writeFile(indexFile, listed);
  return file;
}
