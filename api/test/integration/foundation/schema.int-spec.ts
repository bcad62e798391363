import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchemaFile, SCHEMA_FILE } from '../../../src/graphql/schema-file.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

describe('committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('matches the schema the code emits (run `npm run schema:emit -w api` after changing types)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(printSchemaFile(t.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });
});
