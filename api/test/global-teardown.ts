import { rmSync } from 'node:fs';
import pg from 'pg';
import type { EmbeddedPostgres } from '../src/database/embedded-postgres.ts';

export default async function globalTeardown(): Promise<void> {
  const { chorusTestServer, chorusTestDir } = globalThis as {
    chorusTestServer?: EmbeddedPostgres;
    chorusTestDir?: string;
  };
  if (chorusTestServer) {
    await chorusTestServer.stop();
    if (chorusTestDir) rmSync(chorusTestDir, { recursive: true, force: true });
    return;
  }
  // External server (DATABASE_URL): leave it as we found it.
  const client = new pg.Client({ connectionString: process.env.CHORUS_TEST_ADMIN_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${process.env.CHORUS_TEST_TEMPLATE} WITH (FORCE)`);
  await client.end();
}
