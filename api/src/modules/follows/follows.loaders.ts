import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { hasKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';

/**
 * Per-request loaders of the follows module: `ideaFollowerCount` (idea id → exact number of
 * followers), `viewerFollowsIdea` and `viewerFollowsBoard` (false when anonymous).
 */
export const followLoaders = defineLoaders((db: DataSource, viewer) => {
  const membership = (table: string, column: string) =>
    new DataLoader<string, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const found = await db.query<Array<{ id: string }>>(
        `SELECT ${column} AS id FROM ${table} WHERE user_id = $1 AND ${column} = ANY($2::uuid[])`,
        [viewer.id, [...ids]],
      );
      return hasKey(
        ids,
        found.map((r) => r.id),
      );
    });
  return {
    ideaFollowerCount: new DataLoader<string, number>(async (ids) => {
      const counts = await db.query<Array<{ id: string; n: number }>>(
        `SELECT idea_id AS id, count(*)::int AS n FROM idea_follows WHERE idea_id = ANY($1::uuid[]) GROUP BY idea_id`,
        [[...ids]],
      );
      const map = new Map(counts.map((c) => [c.id, c.n]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    viewerFollowsIdea: membership('idea_follows', 'idea_id'),
    viewerFollowsBoard: membership('board_follows', 'board_id'),
  };
});
