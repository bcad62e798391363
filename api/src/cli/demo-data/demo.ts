import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../core/credentials/password.js';
import { rebuildReputation } from '../../modules/reputation/reputation-rules.js';
import { insertDefaultStatuses } from '../../modules/statuses/status.sql.js';
import { randomDemoPasswords, type DemoPasswords } from './demo-passwords.js';
import { DEMO_ACCOUNTS, DEMO_BOARD, DEMO_IDEAS, DEMO_VOTER_NAMES, type DemoIdea } from './demo-data.js';

/** Gives the demo accounts these passwords (an installation seeded before they were generated). */
export async function setDemoPasswords(db: DataSource, passwords: DemoPasswords): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    await db.query(`UPDATE users SET password_hash = $2 WHERE lower(email) = lower($1) AND role = $3`, [
      account.email,
      await hashPassword(passwords[account.role]),
      account.role,
    ]);
  }
}

const DAY_MS = 86_400_000;

/**
 * Loads the demo board once; returns false when it is already there. `passwords`: the demo
 * accounts' (demo-passwords.ts); by default random ones nobody knows (integration tests).
 */
export async function seedDemo(db: DataSource, passwords: DemoPasswords = randomDemoPasswords()): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Serialise concurrent seeders (e.g. two replicas booting at once).
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('chorus-demo-seed'))`);
    const existing = await tx.query<unknown[]>(`SELECT 1 FROM boards WHERE slug = $1`, [DEMO_BOARD.slug]);
    if (existing.length > 0) return false;

    const accountIds = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const [{ id }] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO users (email, display_name, password_hash, role, email_verified_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT ((lower(email))) WHERE email_verified_at IS NOT NULL DO UPDATE SET display_name = users.display_name RETURNING id`,
        [account.email, account.displayName, await hashPassword(passwords[account.role]), account.role],
      );
      accountIds.set(account.role, id);
    }
    // Voters cannot sign in (no known password): they only make the board look alive.
    const unusable = await hashPassword(crypto.randomUUID());
    const voterIds: string[] = [];
    for (const [index, name] of DEMO_VOTER_NAMES.entries()) {
      const [{ id }] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO users (email, display_name, password_hash, created_at, email_verified_at)
         VALUES ($1, $2, $3, now() - make_interval(days => $4), now())
         ON CONFLICT ((lower(email))) WHERE email_verified_at IS NOT NULL DO UPDATE SET display_name = users.display_name RETURNING id`,
        [`voter${index + 1}@example.com`, name, unusable, 240 - index],
      );
      voterIds.push(id);
    }

    const [{ id: boardId }] = await tx.query<Array<{ id: string }>>(
      `INSERT INTO boards (slug, name, description) VALUES ($1, $2, $3) RETURNING id`,
      [DEMO_BOARD.slug, DEMO_BOARD.name, DEMO_BOARD.description],
    );
    await insertDefaultStatuses(tx, boardId);
    const statuses = await tx.query<Array<{ id: string; key: string }>>(
      `SELECT id, key FROM statuses WHERE board_id = $1`,
      [boardId],
    );
    const statusIds = new Map(statuses.map((status) => [status.key, status.id]));

    const people = { member: accountIds.get('member')!, pm: accountIds.get('product_manager')!, voters: voterIds };
    for (const idea of DEMO_IDEAS) await insertIdea(tx, boardId, statusIds, people, idea);
    await tx.query(`UPDATE ideas SET trend_score = t.score FROM (${TREND_FROM_HISTORY}) t WHERE t.idea_id = ideas.id`);
    // Points and badges for the demo's history, so the leaderboard and profiles are not empty.
    await rebuildReputation(tx);
    return true;
  });
}

interface People {
  member: string;
  pm: string;
  voters: string[];
}

async function insertIdea(
  tx: EntityManager,
  boardId: string,
  statusIds: Map<string, string>,
  people: People,
  idea: DemoIdea,
) {
  const createdAt = new Date(Date.now() - idea.ageDays * DAY_MS);
  const authorId = idea.author === -1 ? people.member : people.voters[idea.author];
  const [{ id: ideaId }] = await tx.query<Array<{ id: string }>>(
    `INSERT INTO ideas (board_id, author_id, status_id, title, body, tags, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [boardId, authorId, statusIds.get(idea.status), idea.title, idea.body, idea.tags, createdAt],
  );
  // The author backs their own idea; other votes spread over the idea's lifetime.
  const backers = [authorId, ...people.voters.filter((id) => id !== authorId)].slice(0, idea.votes);
  for (const [index, userId] of backers.entries()) {
    const at = new Date(createdAt.getTime() + (index / idea.votes) * idea.ageDays * DAY_MS * 0.9);
    await tx.query(`INSERT INTO votes (idea_id, user_id, created_at) VALUES ($1, $2, $3)`, [ideaId, userId, at]);
  }
  if (idea.status !== 'open') {
    const changedAt = new Date(createdAt.getTime() + idea.ageDays * DAY_MS * 0.5);
    await tx.query(
      `INSERT INTO status_changes (idea_id, from_status_id, to_status_id, changed_by_id, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [ideaId, statusIds.get('open'), statusIds.get(idea.status), people.pm, idea.statusNote ?? '', changedAt],
    );
    await tx.query(`UPDATE ideas SET staff_touched_at = $2, updated_at = $2 WHERE id = $1`, [ideaId, changedAt]);
  }
  let offset = 1;
  const authorOf = (by: number | 'pm') => (by === 'pm' ? people.pm : people.voters[by]);
  for (const comment of idea.comments) {
    const at = new Date(createdAt.getTime() + offset++ * 3_600_000 * 7);
    const [{ id: commentId }] = await tx.query<Array<{ id: string }>>(
      `INSERT INTO comments (idea_id, author_id, body, is_official, created_at, helpful_at, helpful_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        ideaId,
        authorOf(comment.by),
        comment.body,
        comment.official ?? false,
        at,
        comment.helpful ? new Date(at.getTime() + 3_600_000) : null,
        comment.helpful ? authorId : null,
      ],
    );
    for (const reply of comment.replies ?? []) {
      await tx.query(
        `INSERT INTO comments (idea_id, author_id, parent_id, body, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [ideaId, authorOf(reply.by), commentId, reply.body, new Date(at.getTime() + offset++ * 3_600_000)],
      );
    }
  }
  await tx.query(
    `UPDATE ideas SET vote_count = (SELECT count(*) FROM votes WHERE idea_id = $1),
                      comment_count = (SELECT count(*) FROM comments WHERE idea_id = $1 AND deleted_at IS NULL)
      WHERE id = $1`,
    [ideaId],
  );
}

/** Trend score recomputed from the whole history: the same value trend_add() reaches incrementally. */
export const TREND_FROM_HISTORY = `
  SELECT idea_id, max(x) + ln(sum(exp(x - mx))) AS score
    FROM (SELECT idea_id, x, max(x) OVER (PARTITION BY idea_id) AS mx
            FROM (SELECT id AS idea_id, created_at AS at FROM ideas
                  UNION ALL SELECT idea_id, created_at FROM votes
                  UNION ALL SELECT idea_id, created_at FROM comments WHERE deleted_at IS NULL) events,
                 LATERAL (SELECT extract(epoch FROM at - timestamptz '2025-01-01 00:00:00+00') / 604800.0 AS x) e) s
   GROUP BY idea_id`;
