import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import type { VoteImportance, VoteOnBehalfModel } from './vote-on-behalf.model.js';
import { VOTE_ON_BEHALF_COLUMNS } from './vote-details.sql.js';

/** Per-request loaders of vote details. */
export const voteDetailLoaders = defineLoaders((db, viewer) => ({
  /** Idea id → votes recorded on behalf of customers, newest first (resolved for staff only). */
  onBehalfByIdeaId: new DataLoader<string, VoteOnBehalfModel[]>(async (ideaIds) => {
    const found = await db.query<VoteOnBehalfModel[]>(
      `SELECT ${VOTE_ON_BEHALF_COLUMNS} FROM vote_details d
        WHERE d.idea_id = ANY($1::uuid[]) AND d.recorded_by_id IS NOT NULL ORDER BY d.recorded_at DESC`,
      [[...ideaIds]],
    );
    return groupByKey(ideaIds, found, (vote) => vote.ideaId);
  }),
  /** Idea id → the importance the viewer gave their own vote (null without one). */
  viewerImportance: new DataLoader<string, VoteImportance | null>(async (ideaIds) => {
    if (!viewer) return ideaIds.map(() => null);
    const found = await db.query<Array<{ ideaId: string; importance: VoteImportance | null }>>(
      `SELECT idea_id AS "ideaId", importance FROM vote_details WHERE user_id = $1 AND idea_id = ANY($2::uuid[])`,
      [viewer.id, [...ideaIds]],
    );
    return byKey(ideaIds, found, (row) => row.ideaId).map((row) => row?.importance ?? null);
  }),
}));
