import DataLoader from 'dataloader';
import { groupByKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import { VISIBLE_IDEA } from '../access/access.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS } from '../ideas/idea.sql.js';

/** Per-request loaders of merges. */
export const mergeLoaders = defineLoaders((db) => ({
  /** Target idea id → the public ideas merged into it, most votes first (same board as the target). */
  mergedIdeasByTargetId: new DataLoader<string, IdeaModel[]>(async (targetIds) => {
    const found = await db.query<IdeaModel[]>(
      `SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.merged_into_id = ANY($1::uuid[]) AND ${VISIBLE_IDEA}
        ORDER BY i.vote_count DESC, i.id DESC`,
      [[...targetIds]],
    );
    return groupByKey(targetIds, found, (idea) => idea.mergedIntoId!);
  }),
}));
