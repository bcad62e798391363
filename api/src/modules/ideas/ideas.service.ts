import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionShape,
} from '../../common/pagination/connection.js';
import type { Viewer } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { BoardsService } from '../boards/boards.service.js';
import type { IdeasArgs } from './dto/ideas.args.js';
import { IdeaSort, type IdeaModel } from './idea.model.js';

/** Sort column and its SQL type, per sort order; each has a matching (board_id, col DESC, id DESC) index. */
const SORT_KEYS: Record<IdeaSort, { column: string; type: string }> = {
  [IdeaSort.TOP]: { column: 'i.vote_count', type: 'integer' },
  [IdeaSort.TRENDING]: { column: 'i.trend_score', type: 'double precision' },
  [IdeaSort.NEW]: { column: 'i.created_at', type: 'timestamptz' },
};

export const IDEA_COLUMNS = `i.id, i.board_id AS "boardId", i.author_id AS "authorId", i.status_id AS "statusId",
  i.title, i.body, i.tags, i.vote_count AS "voteCount", i.comment_count AS "commentCount",
  i.trend_score AS "trendScore", i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type IdeaRow = IdeaModel & { sortKey: string };

@Injectable()
export class IdeasService {
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
    const board = await this.boards.getVisible(viewer, args.boardSlug);
    const { column, type } = SORT_KEYS[args.sort];

    const params: unknown[] = [board.id];
    const filters = ['i.board_id = $1', 'i.deleted_at IS NULL', 'i.merged_into_id IS NULL'];
    if (args.status) {
      params.push(args.status);
      filters.push(`i.status_id = (SELECT id FROM statuses WHERE board_id = $1 AND key = $${params.length})`);
    }
    if (args.tag) {
      params.push([args.tag.trim().toLowerCase()]);
      filters.push(`i.tags @> $${params.length}::text[]`);
    }
    if (args.search?.trim()) {
      params.push(args.search.trim());
      filters.push(`i.search_vector @@ websearch_to_tsquery('english', $${params.length})`);
    }
    const where = filters.join(' AND ');
    const countParams = [...params];

    let keyset = '';
    if (args.after) {
      const [sortValue, id] = decodeCursor(args.after, 2);
      params.push(String(sortValue), String(id));
      keyset = `AND (${column}, i.id) < ($${params.length - 1}::${type}, $${params.length}::uuid)`;
    }
    params.push(first + 1);

    const [rows, [{ count }]] = await Promise.all([
      this.db.query<IdeaRow[]>(
        `SELECT ${IDEA_COLUMNS}, ${column}::text AS "sortKey"
           FROM ideas i WHERE ${where} ${keyset}
          ORDER BY ${column} DESC, i.id DESC LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM ideas i WHERE ${where}`, countParams),
    ]);
    return toConnection(rows, first, count, (row) => encodeCursor([row.sortKey, row.id]), stripSortKey);
  }

  /** One visible idea, or NOT_FOUND for deleted ideas, private boards and random ids alike. */
  async get(viewer: Viewer | null, id: string): Promise<IdeaModel> {
    const idea = await this.find(viewer, id);
    if (!idea) throw notFound('Idea');
    return idea;
  }

  async find(viewer: Viewer | null, id: string): Promise<IdeaModel | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.db.query<Array<IdeaModel & { isPrivate: boolean }>>(
      `SELECT ${IDEA_COLUMNS}, b.is_private AS "isPrivate"
         FROM ideas i JOIN boards b ON b.id = i.board_id
        WHERE i.id = $1 AND i.deleted_at IS NULL`,
      [id],
    );
    if (!row || !(await this.boards.canSee(viewer, { id: row.boardId, isPrivate: row.isPrivate }))) return null;
    const { isPrivate: _private, ...idea } = row;
    return idea;
  }
}

function stripSortKey({ sortKey: _sortKey, ...idea }: IdeaRow): IdeaModel {
  return idea;
}
