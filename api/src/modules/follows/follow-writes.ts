import type { EntityManager } from 'typeorm';
import { rows } from '../../core/sql/rows.js';

/**
 * Inside a merge's transaction: the source's idea followers follow the target too (unless they
 * explicitly unfollowed the target). The rows added are recorded with their created_at, so
 * `dropMergedFollows` removes exactly those: a member who unfollowed and followed the target
 * again since keeps that newer follow. Returns who now follows the target because of the merge.
 */
export async function carryFollowsOver(
  tx: EntityManager,
  mergeId: string,
  sourceId: string,
  targetId: string,
): Promise<string[]> {
  const added = await tx.query<Array<{ userId: string }>>(
    `WITH added AS (
       INSERT INTO idea_follows (idea_id, user_id)
       SELECT $2, f.user_id FROM idea_follows f
        WHERE f.idea_id = $1
          AND NOT EXISTS (SELECT 1 FROM idea_unfollows u WHERE u.idea_id = $2 AND u.user_id = f.user_id)
       ON CONFLICT DO NOTHING
       RETURNING user_id, created_at
     )
     INSERT INTO merge_moved_follows (merge_id, user_id, created_at)
     SELECT $3, user_id, created_at FROM added RETURNING user_id AS "userId"`,
    [sourceId, targetId, mergeId],
  );
  return added.map((a) => a.userId);
}

/** Inside an unmerge's transaction: removes the target follows that merge `mergeId` added. */
export async function dropMergedFollows(tx: EntityManager, mergeId: string, targetId: string): Promise<string[]> {
  const removed = await rows<{ userId: string }>(
    tx,
    `DELETE FROM idea_follows f USING merge_moved_follows m
      WHERE m.merge_id = $1 AND f.idea_id = $2 AND f.user_id = m.user_id AND f.created_at = m.created_at
      RETURNING f.user_id AS "userId"`,
    [mergeId, targetId],
  );
  return removed.map((r) => r.userId);
}
