import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../graphql/context.js';

/** Per-request loaders of the follows module (built by LoadersFactory, one set per request). */
export interface FollowLoaders {
  /** Idea id → exact number of followers. */
  ideaFollowerCount: DataLoader<string, number>;
  /** Idea id → whether the viewer follows it (false when anonymous). */
  viewerFollowsIdea: DataLoader<string, boolean>;
  /** Board id → whether the viewer follows it (false when anonymous). */
  viewerFollowsBoard: DataLoader<string, boolean>;
}

export function followLoaders(db: DataSource, viewer: Viewer | null): FollowLoaders {
  const membership = (table: string, column: string) =>
    new DataLoader<string, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const found = await db.query<Array<{ id: string }>>(
        `SELECT ${column} AS id FROM ${table} WHERE user_id = $1 AND ${column} = ANY($2::uuid[])`,
        [viewer.id, [...ids]],
      );
      const set = new Set(found.map((r) => r.id));
      return ids.map((id) => set.has(id));
    });
  return {
    ideaFollowerCount: new DataLoader(async (ids) => {
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
}
