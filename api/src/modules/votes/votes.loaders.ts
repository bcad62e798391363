import DataLoader from 'dataloader';
import { hasKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';

/** Per-request loaders of the votes module. */
export const voteLoaders = defineLoaders((db, viewer) => ({
  /** Idea id → whether the viewer voted on it (false for everyone when anonymous): one statement a page. */
  viewerHasVoted: new DataLoader<string, boolean>(async (ideaIds) => {
    if (!viewer) return ideaIds.map(() => false);
    const found = await db.query<Array<{ ideaId: string }>>(
      `SELECT idea_id AS "ideaId" FROM votes WHERE user_id = $1 AND idea_id = ANY($2::uuid[])`,
      [viewer.id, ideaIds],
    );
    return hasKey(
      ideaIds,
      found.map((row) => row.ideaId),
    );
  }),
}));
