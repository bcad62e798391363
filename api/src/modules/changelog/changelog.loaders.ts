import DataLoader from 'dataloader';
import { groupByKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';

/** Per-request loaders of the changelog. */
export const changelogLoaders = defineLoaders((db) => ({
  /**
   * Entry id → the ids of its linked ideas in the order staff gave: one statement a page.
   * Ids only: what a viewer may see of each idea is the idea loader's (modules/access) decision.
   */
  linkedIdeaIds: new DataLoader<string, string[]>(async (entryIds) => {
    const found = await db.query<Array<{ entryId: string; ideaId: string }>>(
      `SELECT entry_id AS "entryId", idea_id AS "ideaId" FROM changelog_entry_ideas
        WHERE entry_id = ANY($1::uuid[]) ORDER BY position`,
      [[...entryIds]],
    );
    return groupByKey(entryIds, found, (link) => link.entryId).map((links) => links.map((link) => link.ideaId));
  }),
}));
