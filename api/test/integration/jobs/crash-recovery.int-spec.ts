import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs } from '../../utils/accounts.js';
import { STATUS } from '../../utils/follow-up-work.js';
import type { TestApp } from '../../utils/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../utils/test-database.js';

const API_DIR = fileURLToPath(new URL('../../../', import.meta.url));
/** Enough followers that the fan-out and the mail are still under way when the process is killed. */
const BACKERS = 400;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Delivered {
  to: string;
  messageId: string;
}

/** A real SMTP sink on loopback recording each accepted mail's recipient and Message-ID. */
async function startSink(delivered: Delivered[]): Promise<{ port: number; server: SMTPServer }> {
  const port = await freePort();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const messageId = /^Message-ID: (.*)$/im.exec(head)?.[1]?.trim() ?? '';
        for (const rcpt of session.envelope.rcptTo) delivered.push({ to: rcpt.address, messageId });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, server };
}

/** The built API (dist/main.js) as a separate process on `port`, resolved once it is ready. */
async function startApi(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: API_DIR,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}): ${stderr}`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    if (Date.now() > deadline) throw new Error(`the API did not become ready: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stopped(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('follow-up work survives SIGKILL right after the commit', () => {
  let db: TestDatabase;
  let sink: { port: number; server: SMTPServer };
  const delivered: Delivered[] = [];
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    execFileSync(process.execPath, ['../node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
      cwd: API_DIR,
    });
    db = await createTestDatabase();
    await seedDemo(db.dataSource);
    sink = await startSink(delivered);
  }, 120_000);
  afterAll(async () => {
    if (child) {
      child.kill('SIGKILL');
      await stopped(child);
    }
    await new Promise<void>((resolve) => sink.server.close(() => resolve()));
    await db.drop();
  });

  it('tells every follower exactly once, in the app and by mail, after a restart', async () => {
    const [idea] = await db.dataSource.query<Array<{ id: string; authorId: string }>>(
      `SELECT i.id, i.author_id AS "authorId" FROM ideas i JOIN statuses s ON s.id = i.status_id
        WHERE s.key <> 'done' AND i.deleted_at IS NULL ORDER BY i.created_at LIMIT 1`,
    );
    const tag = randomBytes(4).toString('hex');
    const backers = await db.dataSource.query<Array<{ id: string; email: string }>>(
      `INSERT INTO users (email, display_name, password_hash, email_verified_at)
       SELECT 'backer-' || $1 || '-' || n || '@example.test', 'Backer ' || n, 'x', now() FROM generate_series(1, $2) AS n
       RETURNING id, email`,
      [tag, BACKERS],
    );
    await db.dataSource.query(
      `INSERT INTO idea_follows (idea_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [idea.id, backers.map((b) => b.id)],
    );
    // Only the backers follow it (no board followers, not the author): exactly BACKERS recipients.
    await db.dataSource.query(`DELETE FROM idea_follows WHERE idea_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [
      idea.id,
      backers.map((b) => b.id),
    ]);
    await db.dataSource.query(`DELETE FROM board_follows`);

    const env = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      CHORUS_SECRET: randomBytes(32).toString('hex'),
      CHORUS_MIGRATE_ON_BOOT: 'false',
      CHORUS_DEMO_DATA: 'false',
      CHORUS_DATA_DIR: fileURLToPath(new URL('../../../../.data/crash-test', import.meta.url)),
      WEB_DIST_DIR: '/nonexistent',
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      LOG_LEVEL: 'silent',
    };
    let port = await freePort();
    child = await startApi(env, port);
    const url = `http://127.0.0.1:${port}`;
    const pm = await signUpAs({ url, db } as unknown as TestApp, 'product_manager');

    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...pm.headers },
      body: JSON.stringify({ query: STATUS, variables: { input: { ideaId: idea.id, statusKey: 'done' } } }),
    });
    // The response means the change committed: kill the process at once, mid follow-up work.
    child.kill('SIGKILL');
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    await stopped(child);
    const mailedAtKill = new Set(delivered.map((d) => d.to)).size;
    expect(mailedAtKill).toBeLessThan(BACKERS); // the kill did interrupt the follow-up work

    port = await freePort();
    child = await startApi(env, port);

    const deadline = Date.now() + 90_000;
    const backerEmails = new Set(backers.map((b) => b.email));
    while (new Set(delivered.filter((d) => backerEmails.has(d.to)).map((d) => d.to)).size < BACKERS) {
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // a duplicate would arrive now

    const notified = await db.dataSource.query<Array<{ recipientId: string; count: number }>>(
      `SELECT recipient_id AS "recipientId", count(*)::int AS count FROM notifications
        WHERE idea_id = $1 AND kind = 'status_changed' GROUP BY recipient_id`,
      [idea.id],
    );
    expect(notified).toHaveLength(BACKERS);
    expect(notified.every((n) => n.count === 1)).toBe(true);

    // One mail per backer as a mailbox sees it: SMTP is at-least-once, so a mail the sink accepted
    // just before the kill may come again, but always with its Message-ID (mail clients show it once).
    const idsByRecipient = new Map<string, Set<string>>();
    for (const d of delivered.filter((m) => backerEmails.has(m.to))) {
      idsByRecipient.set(d.to, (idsByRecipient.get(d.to) ?? new Set()).add(d.messageId));
    }
    expect(idsByRecipient.size).toBe(BACKERS);
    expect([...idsByRecipient.values()].every((ids) => ids.size === 1 && ![...ids][0].startsWith('<>'))).toBe(true);
    const [{ outbox }] = await db.dataSource.query<Array<{ outbox: number }>>(
      `SELECT count(*)::int AS outbox FROM outbox WHERE payload->>'to' = ANY($1::text[])`,
      [[...backerEmails]],
    );
    expect(outbox).toBe(BACKERS);
  }, 240_000);
});
