import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgres } from '../../../src/database/embedded-postgres.js';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe(EmbeddedPostgres.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-embedded-'));
  chmodSync(dir, 0o755);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says in one plain line when the database user cannot enter a folder on the way to its data', async () => {
    // As root PostgreSQL runs as `postgres`, which cannot enter a folder only root may (0700);
    // as anyone else, a folder closed to everyone (0000) blocks the same way.
    const closed = join(dir, 'closed');
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(closed, process.getuid?.() === 0 ? 0o700 : 0o000);
    const server = new EmbeddedPostgres({ dataDir: join(closed, '.data', 'postgres'), durable: false });
    const failure = await server.start().then(
      () => undefined,
      (error: Error) => error.message,
    );
    chmodSync(closed, 0o755);
    expect(failure).toMatch(new RegExp(`^the database user \\(\\S+\\) cannot enter ${closed}, `));
    expect(failure).toContain('CHORUS_DATA_DIR');
    expect(failure).not.toContain('\n');
    expect(failure).not.toMatch(/initdb|Permission denied/);
  });

  it('keeps data across restarts and leaves no server behind', async () => {
    const dataDir = join(dir, 'postgres');
    const first = new EmbeddedPostgres({ dataDir, durable: false });
    const firstUrl = await first.start();
    await query(firstUrl, `CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')`);
    const firstPid = first.pid!;
    await first.stop();
    expect(isRunning(firstPid)).toBe(false);

    const second = new EmbeddedPostgres({ dataDir, durable: false });
    const secondUrl = await second.start();
    expect(await query(secondUrl, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    const secondPid = second.pid!;
    await second.stop();
    expect(isRunning(secondPid)).toBe(false);
  });
});
