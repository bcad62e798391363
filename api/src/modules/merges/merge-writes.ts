import type { EntityManager } from 'typeorm';
import { rows } from '../../core/sql/rows.js';

/** Activity time as trend units (weeks since the trend epoch), as in trend_add(). */
const X = (column: string) => `extract(epoch FROM ${column} - timestamptz '2025-01-01 00:00:00+00') / 604800.0`;

/**
 * Recomputes an idea's vote_count (exactly count(*) of its votes) and its trend_score from its
 * full history: ln Σ exp(x) over its submission, every vote (the author's own vote at
 * submission is the submission itself, as in submitIdea) and every comment, each at its own
 * timestamp. After a merge the moved votes keep their original timestamps, so old backing
 * doesn't look like fresh activity. Stable log-sum-exp: max + ln Σ exp(x - max), terms more
 * than 700 below the max contribute 0 (PostgreSQL's exp() errors on underflow).
 * Call with the idea row locked.
 */
export async function recountIdea(
  tx: EntityManager,
  ideaId: string,
): Promise<{ voteCount: number; trendScore: number }> {
  const [row] = await rows<{ voteCount: number; trendScore: number }>(
    tx,
    `WITH events AS (
       SELECT ${X('i.created_at')} AS x FROM ideas i WHERE i.id = $1
       UNION ALL
       SELECT ${X('v.created_at')} FROM votes v JOIN ideas i ON i.id = v.idea_id
        WHERE v.idea_id = $1 AND NOT (v.user_id = i.author_id AND v.created_at = i.created_at)
       UNION ALL
       SELECT ${X('c.created_at')} FROM comments c WHERE c.idea_id = $1
     ), top AS (SELECT max(x) AS m FROM events)
     UPDATE ideas SET
       vote_count = (SELECT count(*) FROM votes WHERE idea_id = $1),
       trend_score = (SELECT top.m + ln(sum(CASE WHEN e.x - top.m < -700 THEN 0 ELSE exp(e.x - top.m) END))
                        FROM events e, top GROUP BY top.m)
     WHERE id = $1
     RETURNING vote_count AS "voteCount", trend_score AS "trendScore"`,
    [ideaId],
  );
  return row;
}
