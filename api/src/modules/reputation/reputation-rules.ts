import type { EntityManager } from 'typeorm';

/**
 * Reputation: what earns points. Every point is one row of `reputation_awards` keyed by
 * (member, reason, subject); `users.reputation` is their sum, moved by the exact difference
 * whenever an award is (re)computed. `rebuildReputation` recomputes everything from history
 * (ideas, votes, status changes, comments) and must agree with the kept values.
 */
export const POINTS = {
  /** Once, for a member's first idea. */
  firstIdea: 5,
  /** Per vote an idea receives from someone else (self-votes never count)... */
  perVote: 1,
  /** ...capped per idea, so one viral idea doesn't dwarf everything else. */
  votesCapPerIdea: 20,
  /** When an idea first reaches the Planned status (key `planned`). */
  planned: 10,
  /** When an idea first reaches the Done status (key `done`). */
  done: 25,
  /** Per comment marked as a helpful answer. */
  helpful: 15,
} as const;

export type AwardReason = 'first_idea' | 'votes' | 'planned' | 'done' | 'helpful';

/**
 * Sets one award to `points` (0 removes it) and moves users.reputation by the difference, in
 * the caller's transaction. The member's row is locked first, so concurrent awards for the
 * same member serialise and `compute` sees the latest committed facts.
 */
export async function setAward(
  tx: EntityManager,
  award: { userId: string; reason: AwardReason; subjectId: string; boardId: string | null },
  compute: (tx: EntityManager) => Promise<number>,
): Promise<number> {
  await tx.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [award.userId]);
  const points = await compute(tx);
  const [old] = await tx.query<Array<{ points: number }>>(
    `SELECT points FROM reputation_awards WHERE user_id = $1 AND reason = $2 AND subject_id = $3`,
    [award.userId, award.reason, award.subjectId],
  );
  const before = old?.points ?? 0;
  if (points === before) return 0;
  if (points === 0) {
    await tx.query(`DELETE FROM reputation_awards WHERE user_id = $1 AND reason = $2 AND subject_id = $3`, [
      award.userId,
      award.reason,
      award.subjectId,
    ]);
  } else {
    await tx.query(
      `INSERT INTO reputation_awards (user_id, reason, subject_id, board_id, points) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, reason, subject_id) DO UPDATE SET points = excluded.points, awarded_at = now()`,
      [award.userId, award.reason, award.subjectId, award.boardId, points],
    );
  }
  await tx.query(`UPDATE users SET reputation = reputation + $2 WHERE id = $1`, [award.userId, points - before]);
  return points - before;
}

/**
 * Points for the votes an idea received from others: min(others' votes, cap) × perVote. Others'
 * votes are the exact vote_count less the author's own vote (one primary-key probe): the same
 * work for an idea with ten votes or ten thousand.
 */
export async function votePointsOf(tx: EntityManager, ideaId: string, authorId: string): Promise<number> {
  const [row] = await tx.query<Array<{ n: number }>>(
    `SELECT i.vote_count - (EXISTS (SELECT 1 FROM votes v WHERE v.idea_id = i.id AND v.user_id = $2))::int AS n
       FROM ideas i WHERE i.id = $1`,
    [ideaId, authorId],
  );
  return Math.min(row?.n ?? 0, POINTS.votesCapPerIdea) * POINTS.perVote;
}

/**
 * Up to which vote count (after the vote) a cast or retraction can change the author's vote
 * points: others' votes are at least vote_count − 1, so from cap + 2 on (cast) or cap + 1 on
 * (retraction, counted after it) they stay at the cap.
 */
export const VOTE_POINTS_CHANGE_UP_TO = POINTS.votesCapPerIdea + 1;

/**
 * Every award recomputed from history, as rows (user, reason, subject, board, points, at).
 * The same rules as the incremental listeners, written once more as set-based SQL.
 */
export const AWARDS_FROM_HISTORY = `
  (SELECT DISTINCT ON (i.author_id) i.author_id AS user_id, 'first_idea'::text AS reason, i.author_id AS subject_id,
          i.board_id, ${POINTS.firstIdea} AS points, i.created_at AS awarded_at
     FROM ideas i ORDER BY i.author_id, i.created_at, i.id)
  UNION ALL
  SELECT i.author_id, 'votes', i.id, i.board_id, least(count(*), ${POINTS.votesCapPerIdea})::int * ${POINTS.perVote}, max(v.created_at)
    FROM ideas i JOIN votes v ON v.idea_id = i.id AND v.user_id <> i.author_id
   GROUP BY i.id
  UNION ALL
  SELECT i.author_id, s.key, i.id, i.board_id,
         CASE s.key WHEN 'planned' THEN ${POINTS.planned} ELSE ${POINTS.done} END, min(sc.created_at)
    FROM status_changes sc JOIN statuses s ON s.id = sc.to_status_id JOIN ideas i ON i.id = sc.idea_id
   WHERE s.key IN ('planned', 'done')
   GROUP BY i.id, s.key
  UNION ALL
  SELECT c.author_id, 'helpful', c.id, i.board_id, ${POINTS.helpful}, c.helpful_at
    FROM comments c JOIN ideas i ON i.id = c.idea_id
   WHERE c.helpful_at IS NOT NULL`;

/** Replaces every award and every member's reputation by the values recomputed from history. */
export async function rebuildReputation(tx: EntityManager): Promise<{ members: number; points: number }> {
  await tx.query(`LOCK TABLE reputation_awards IN EXCLUSIVE MODE`);
  await tx.query(`DELETE FROM reputation_awards`);
  await tx.query(
    `INSERT INTO reputation_awards (user_id, reason, subject_id, board_id, points, awarded_at)
     SELECT * FROM (${AWARDS_FROM_HISTORY}) AS a WHERE a.points > 0`,
  );
  const [summary] = await tx.query<Array<{ members: number; points: number }>>(
    `WITH totals AS (SELECT user_id, sum(points)::int AS points FROM reputation_awards GROUP BY user_id),
          updated AS (
            UPDATE users u SET reputation = coalesce(t.points, 0)
              FROM users x LEFT JOIN totals t ON t.user_id = x.id
             WHERE u.id = x.id AND u.reputation IS DISTINCT FROM coalesce(t.points, 0)
            RETURNING u.id)
     SELECT (SELECT count(*)::int FROM totals) AS members, (SELECT coalesce(sum(points), 0)::int FROM totals) AS points`,
  );
  return summary;
}
