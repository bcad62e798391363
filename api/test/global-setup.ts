import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Jest loads global setup as CommonJS without the .js→.ts mapping; this file imports only node builtins.
import { EmbeddedPostgres } from '../src/database/embedded-postgres.ts';

/**
 * One PostgreSQL server for the whole run: embedded unless DATABASE_URL is set. Each test
 * file clones a migrated template into a database of its own (see utils/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-test-pg-'));
    chmodSync(dir, 0o755); // the server may run as the postgres user, which must reach the folder
    const server = new EmbeddedPostgres({ dataDir: join(dir, 'postgres'), durable: false });
    adminUrl = await server.start();
    Object.assign(globalThis, { chorusTestServer: server, chorusTestDir: dir });
  }
  process.env.CHORUS_TEST_ADMIN_URL = adminUrl;
  process.env.CHORUS_TEST_TEMPLATE = `chorus_test_template_${process.pid}`;
}
