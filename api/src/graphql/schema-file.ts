import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed schema artifact integrators and the web app's codegen read. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Generated from the API's code-first types. Do not edit: run \`npm run schema:emit -w api\`.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Writes the artifact when it changed; returns whether it did. */
export async function writeSchemaFile(schema: GraphQLSchema): Promise<boolean> {
  const next = printSchemaFile(schema);
  const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (current === next) return false;
  await writeFile(SCHEMA_FILE, next);
  return true;
}
