import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, forbidden } from '../../core/errors.js';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage, type KeysetOrder } from '../../core/sql/keyset.js';
import { isStaff, type Viewer } from '../../core/viewer.js';
import { scoreSortKey } from '../prioritisation/priority.sql.js';
import { LISTED_IDEA } from '../access/access.js';
import { BoardsService } from '../boards/boards.service.js';
import type { IdeasArgs } from './dto/ideas.args.js';
import { IdeaSort, type IdeaModel } from './idea.model.js';
import { IDEA_COLUMNS } from './idea.sql.js';

/**
 * Sort column, its SQL type and direction, per sort order; each has a matching (board_id, col, id)
 * index (OLDEST reads ideas_new_idx backwards, or ideas_status_created_idx with a status).
 */
const SORT_KEYS: Record<IdeaSort, KeysetOrder> = {
  [IdeaSort.TOP]: { key: 'i.vote_count', type: 'integer', id: 'i.id' },
  [IdeaSort.TRENDING]: { key: 'i.trend_score', type: 'double precision', id: 'i.id' },
  [IdeaSort.NEW]: { key: 'i.created_at', type: 'timestamptz', id: 'i.id' },
  [IdeaSort.OLDEST]: { key: 'i.created_at', type: 'timestamptz', id: 'i.id', ascending: true },
  // Computed per row (no index): staff sort one board's ideas by it, as in triage.
  [IdeaSort.SCORE]: { key: scoreSortKey(), type: 'double precision', id: 'i.id' },
};

type IdeaRow = IdeaModel & { sortKey: string };

/** A board's idea list: sorted, filtered by status, tag and full-text search, paged. */
@Injectable()
export class IdeaListService {
  constructor(
    private readonly db: DataSource,
    private readonly boards: BoardsService,
  ) {}

  /**
   * One page of a board's ideas. Keyset pagination on (sort key, id): the cursor holds
   * the last row's exact sort value as text, so inserts between pages never cause an
   * idea to be skipped or repeated.
   */
  async list(viewer: Viewer | null, args: IdeasArgs): Promise<ConnectionShape<IdeaModel>> {
    const first = pageSize(args.first);
    if (args.sort === IdeaSort.SCORE && !isStaff(viewer)) {
      throw forbidden('Sorting by score is for staff.', 'ROLE_REQUIRED');
    }
    const board = await this.boards.getVisible(viewer, args.boardSlug);

    const params: unknown[] = [board.id];
    const filters = ['i.board_id = $1', LISTED_IDEA];
    if (args.status) {
      params.push(args.status);
      filters.push(`i.status_id = (SELECT id FROM statuses WHERE board_id = $1 AND key = $${params.length})`);
    }
    if (args.tag) {
      params.push([args.tag.trim().toLowerCase()]);
      filters.push(`i.tags @> $${params.length}::text[]`);
    }
    // A search of more than 200 characters adds nothing but work for PostgreSQL's parser.
    const search = args.search?.slice(0, 200).trim();
    if (search) {
      params.push(search);
      filters.push(`i.search_vector @@ websearch_to_tsquery('english', $${params.length})`);
    }
    const where = filters.join(' AND ');
    // Without tag/search the exact count is kept per (board, status) by a trigger (listed_idea_counts).
    const countSql =
      args.tag || search
        ? `SELECT count(*)::int AS count FROM ideas i WHERE ${where}`
        : `SELECT coalesce(sum(count), 0)::int AS count FROM listed_idea_counts
            WHERE board_id = $1 ${args.status ? 'AND status_id = (SELECT id FROM statuses WHERE board_id = $1 AND key = $2)' : ''}`;
    const countParams = [...params];

    const page = keysetPage(SORT_KEYS[args.sort], args.after, params);
    params.push(first + 1);

    const [rows, [{ count }]] = await Promise.all([
      this.db.query<IdeaRow[]>(
        `SELECT ${IDEA_COLUMNS}, ${page.sortKey}
           FROM ideas i WHERE ${where} AND ${page.after}
          ORDER BY ${page.orderBy} LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(countSql, countParams),
    ]).catch((error: unknown) => {
      // "- - - ..." nests more operators than PostgreSQL's tsquery parser holds ("stack too small").
      if (search && /tsquery stack too small/.test((error as Error).message))
        throw badInput({ search: 'This search has too many operators; use plain words.' });
      throw error;
    });
    return keysetConnection(rows, first, count);
  }
}
