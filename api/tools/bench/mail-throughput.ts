import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { seedDemo } from '../../src/cli/demo-data/demo.js';
import { connect, createDataSource } from '../../src/database/data-source.js';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { productManagerCookie } from './analytics.js';
import { freePort, startNode } from './processes.js';

/**
 * How long a status change on an idea with BACKERS followers takes to reach a local SMTP sink,
 * through the production build: `npm run build -w api && tsc -p api/tools/tsconfig.json &&
 * node api/dist-tools/tools/bench/mail-throughput.js`. With SINK_DOWN_SECONDS > 0 the sink
 * stops once a third of the mail arrived and comes back after that many seconds: every backer
 * must still get the mail, once (distinct Message-IDs are counted per recipient).
 */
const BACKERS = Number(process.env.BACKERS ?? 10_000);
const SINK_DOWN_SECONDS = Number(process.env.SINK_DOWN_SECONDS ?? 0);
const LIMIT_MS = 10 * 60_000;
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const log = (line: string) => console.log(`mail-bench: ${line}`);

class Sink {
  readonly byRecipient = new Map<string, Set<string>>();
  accepted = 0;
  private server: SMTPServer | undefined;

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 4096) head += chunk.toString('utf8');
        });
        stream.on('end', () => {
          const id = /^Message-ID: (.*)$/im.exec(head)?.[1] ?? '';
          for (const r of session.envelope.rcptTo) {
            this.byRecipient.set(r.address, (this.byRecipient.get(r.address) ?? new Set()).add(id));
          }
          this.accepted++;
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    // Drop open connections too: a stopped mail server, not a slow one.
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-mail-bench-'));
  chmodSync(dir, 0o755);
  const postgres = new EmbeddedPostgres({ dataDir: join(dir, 'postgres'), durable: false });
  const sink = new Sink(await freePort());
  try {
    const url = await postgres.start();
    const db = await connect(createDataSource({ url, poolSize: 2 }), url);
    await db.runMigrations({ transaction: 'each' });
    await seedDemo(db);
    const [idea] = await db.query<Array<{ id: string }>>(
      `SELECT i.id FROM ideas i JOIN statuses s ON s.id = i.status_id WHERE s.key <> 'done' ORDER BY i.created_at LIMIT 1`,
    );
    await db.query(`DELETE FROM idea_follows WHERE idea_id = $1`, [idea.id]);
    await db.query(`DELETE FROM board_follows`);
    await db.query(
      `WITH backers AS (
         INSERT INTO users (email, display_name, password_hash, email_verified_at)
         SELECT 'backer-' || n || '@bench.test', 'Backer ' || n, 'unusable', now() FROM generate_series(1, $2) AS n
         RETURNING id
       )
       INSERT INTO idea_follows (idea_id, user_id) SELECT $1, id FROM backers`,
      [idea.id, BACKERS],
    );
    const cookie = await productManagerCookie(db);
    await sink.start();
    const api = await startNode(
      join(dist, 'main.js'),
      {
        NODE_ENV: 'production',
        DATABASE_URL: url,
        CHORUS_SECRET: 'mail-bench-secret-mail-bench-secret-0123',
        CHORUS_MIGRATE_ON_BOOT: 'false',
        WEB_DIST_DIR: '/nonexistent',
        SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
        LOG_LEVEL: 'error',
      },
      '/ready',
    );
    try {
      log(`${BACKERS} followers; sink ${SINK_DOWN_SECONDS > 0 ? `down ${SINK_DOWN_SECONDS} s mid-way` : 'up'}`);
      const started = Date.now();
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: `mutation ($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id } }`,
          variables: { input: { ideaId: idea.id, statusKey: 'done' } },
        }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      log(`status changed in ${Date.now() - started} ms`);
      let wentDown = SINK_DOWN_SECONDS <= 0;
      while (sink.byRecipient.size < BACKERS && Date.now() - started < LIMIT_MS) {
        if (!wentDown && sink.byRecipient.size >= BACKERS / 3) {
          wentDown = true;
          await sink.stop();
          log(`sink down at ${sink.byRecipient.size} mails (${Date.now() - started} ms)`);
          await new Promise((resolve) => setTimeout(resolve, SINK_DOWN_SECONDS * 1000));
          await sink.start();
          log(`sink up again (${Date.now() - started} ms)`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const elapsed = Date.now() - started;
      const duplicates = [...sink.byRecipient.values()].filter((ids) => ids.size > 1).length;
      log(
        `${sink.byRecipient.size}/${BACKERS} backers mailed in ${(elapsed / 1000).toFixed(1)} s ` +
          `(${Math.round((sink.byRecipient.size / elapsed) * 1000)} mails/s; ${sink.accepted} accepted, ` +
          `${duplicates} recipients with more than one Message-ID)`,
      );
      if (sink.byRecipient.size < BACKERS || duplicates > 0) process.exitCode = 1;
    } finally {
      await api.stop();
      await db.destroy();
    }
  } finally {
    await sink.stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
