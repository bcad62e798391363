import type { DataSource } from 'typeorm';
import { hashSecret, newSecret } from '../../src/core/secrets.js';
import { insertDefaultStatuses } from '../../src/modules/statuses/status.sql.js';
import type { TestApp } from './test-app.js';

/**
 * Many members at once, straight into the database (signing up 200 people through the API
 * would spend the test on password hashing). Each gets a real session cookie.
 */
export async function createMembers(
  t: TestApp,
  count: number,
): Promise<Array<{ id: string; headers: Record<string, string> }>> {
  const tag = newSecret()
    .slice(0, 8)
    .replace(/[^a-z0-9]/gi, 'x');
  const emails = Array.from({ length: count }, (_, i) => `bulk-${tag}-${i}@example.test`);
  const users = await t.db.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO users (email, display_name, password_hash, email_verified_at)
     SELECT e, 'Bulk member ' || n, 'unusable', now() FROM unnest($1::text[]) WITH ORDINALITY AS x(e, n)
     RETURNING id`,
    [emails],
  );
  const tokens = users.map(() => newSecret());
  await t.db.dataSource.query(
    `INSERT INTO sessions (user_id, token_hash, expires_at)
     SELECT u, h, now() + interval '1 day' FROM unnest($1::uuid[], $2::bytea[]) AS x(u, h)`,
    [users.map((u) => u.id), tokens.map((token) => hashSecret(token))],
  );
  return users.map((u, i) => ({ id: u.id, headers: { cookie: `chorus_session=${tokens[i]}` } }));
}

/** A new idea on the demo board in the status with `statusKey`. */
export async function createIdea(
  db: DataSource,
  statusKey = 'open',
  title = 'A fresh idea to test with',
): Promise<string> {
  const [{ id }] = await db.query<Array<{ id: string }>>(
    `INSERT INTO ideas (board_id, author_id, status_id, title)
     SELECT b.id, (SELECT id FROM users ORDER BY created_at LIMIT 1), s.id, $2
       FROM boards b JOIN statuses s ON s.board_id = b.id AND s.key = $1
      WHERE b.slug = 'feedback'
     RETURNING id`,
    [statusKey, title],
  );
  return id;
}

/** A private board with its default statuses (as createBoard makes it) and one open idea; returns the idea id. */
export async function createPrivateIdea(db: DataSource): Promise<string> {
  return db.transaction(async (tx) => {
    const [{ id: boardId }] = await tx.query<Array<{ id: string }>>(
      `INSERT INTO boards (slug, name, is_private) VALUES ('private-' || substr(md5(random()::text), 1, 8), 'Private', true)
       RETURNING id`,
    );
    await insertDefaultStatuses(tx, boardId);
    const [{ id }] = await tx.query<Array<{ id: string }>>(
      `INSERT INTO ideas (board_id, author_id, status_id, title)
       SELECT $1, (SELECT id FROM users ORDER BY created_at LIMIT 1), s.id, 'A secret idea'
         FROM statuses s WHERE s.board_id = $1 AND s.key = 'open'
       RETURNING id`,
      [boardId],
    );
    return id;
  });
}
