import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { loadColumnPages, type ColumnPageKey } from './roadmap.queries.js';
import type { StatusChangeModel } from './status-change.model.js';
import type { StatusModel } from './status.model.js';
import { STATUS_COLUMNS } from './status.sql.js';

/** Per-request loaders of the statuses module. */
export const statusLoaders = defineLoaders((db) => ({
  byId: new DataLoader<string, StatusModel | null>(async (ids) =>
    byKey(
      ids,
      await db.query<StatusModel[]>(`SELECT ${STATUS_COLUMNS} FROM statuses s WHERE s.id = ANY($1::uuid[])`, [
        [...ids],
      ]),
      (s) => s.id,
    ),
  ),
  /** A board's statuses in position order. */
  byBoardId: new DataLoader<string, StatusModel[]>(async (ids) => {
    const statuses = await db.query<StatusModel[]>(
      `SELECT ${STATUS_COLUMNS} FROM statuses s WHERE s.board_id = ANY($1::uuid[]) ORDER BY s.position, s.key`,
      [[...ids]],
    );
    return groupByKey(ids, statuses, (s) => s.boardId);
  }),
  /** An idea's status changes, oldest first. */
  historyByIdeaId: new DataLoader<string, StatusChangeModel[]>(async (ids) => {
    const changes = await db.query<StatusChangeModel[]>(
      `SELECT id, idea_id AS "ideaId", from_status_id AS "fromStatusId", to_status_id AS "toStatusId",
              changed_by_id AS "byId", note, created_at AS at
         FROM status_changes WHERE idea_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [[...ids]],
    );
    return groupByKey(ids, changes, (c) => c.ideaId);
  }),
  /** Pages of roadmap columns: all columns of a roadmap in a constant number of statements. */
  roadmapColumnIdeas: new DataLoader<ColumnPageKey, ConnectionShape<IdeaModel>, string>(
    (keys) => loadColumnPages(db, keys),
    { cacheKeyFn: (key) => JSON.stringify([key.statusId, key.first, key.after]) },
  ),
}));
