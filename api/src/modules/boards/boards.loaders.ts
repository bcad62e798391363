import DataLoader from 'dataloader';
import { byKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import type { BoardModel } from './board.model.js';
import { BOARD_COLUMNS } from './board.sql.js';

/**
 * Per-request loaders of the boards module. `byId` resolves the board of something the viewer
 * already reached through an access check (an idea, a status), so it adds none of its own.
 */
export const boardLoaders = defineLoaders((db) => ({
  byId: new DataLoader<string, BoardModel | null>(async (ids) =>
    byKey(
      ids,
      await db.query<BoardModel[]>(`SELECT ${BOARD_COLUMNS} FROM boards b WHERE b.id = ANY($1::uuid[])`, [[...ids]]),
      (b) => b.id,
    ),
  ),
}));
