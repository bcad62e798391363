import DataLoader from 'dataloader';
import { byKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import type { IdeaPriorityModel } from './priority.model.js';
import { scoreOf, weightedVotesOf } from './priority.sql.js';

/** Per-request loaders of priorities (resolved for staff only). */
export const priorityLoaders = defineLoaders((db) => ({
  /** Idea id → its reach, estimates and score: one statement a page. */
  byIdeaId: new DataLoader<string, IdeaPriorityModel | null>(async (ideaIds) => {
    const found = await db.query<IdeaPriorityModel[]>(
      `SELECT i.id AS "ideaId", i.vote_count AS reach, ${weightedVotesOf()} AS "weightedVotes",
              p.impact::float8 AS impact, p.confidence, p.effort::float8 AS effort, ${scoreOf()} AS score
         FROM ideas i LEFT JOIN idea_priorities p ON p.idea_id = i.id WHERE i.id = ANY($1::uuid[])`,
      [[...ideaIds]],
    );
    return byKey(ideaIds, found, (row) => row.ideaId);
  }),
}));
