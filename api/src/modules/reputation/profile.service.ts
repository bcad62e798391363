import { isUuid } from '../../core/sql/uuid.js';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isStaff } from '../../core/viewer.js';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionShape,
} from '../../core/pagination/connection.js';
import type { Viewer } from '../../core/viewer.js';
import { badInput } from '../../core/errors.js';
import type { CommentModel } from '../comments/comment.model.js';
import { COMMENT_COLUMNS } from '../comments/comment.sql.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS } from '../ideas/idea.sql.js';
import type { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { VISIBLE_IDEA } from '../access/access.js';

/** Boards the viewer may see (alias b): the rule of BoardsService.canSee in SQL. */
const VISIBLE_BOARD = `(NOT b.is_private OR $2::boolean
  OR EXISTS (SELECT 1 FROM board_members m WHERE m.board_id = b.id AND m.user_id = $3::uuid))`;

/** Public profiles: a member's ideas and helpful answers on boards the viewer may see, newest first. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
  ) {}

  async user(id: string): Promise<UserModel | null> {
    if (!isUuid(id)) return null;
    return this.users.get(id).catch(() => null);
  }

  ideas(viewer: Viewer | null, userId: string, args: PageArgs): Promise<ConnectionShape<IdeaModel>> {
    return this.page<IdeaModel>(
      viewer,
      userId,
      args,
      `SELECT ${IDEA_COLUMNS}, %SORT% FROM ideas i JOIN boards b ON b.id = i.board_id
        WHERE i.author_id = $1 AND ${VISIBLE_IDEA} AND ${VISIBLE_BOARD}`,
      'i.created_at',
      'i.id',
    );
  }

  answers(viewer: Viewer | null, userId: string, args: PageArgs): Promise<ConnectionShape<CommentModel>> {
    return this.page<CommentModel>(
      viewer,
      userId,
      args,
      `SELECT ${COMMENT_COLUMNS}, %SORT% FROM comments c JOIN ideas i ON i.id = c.idea_id JOIN boards b ON b.id = i.board_id
        WHERE c.author_id = $1 AND c.helpful_at IS NOT NULL AND c.deleted_at IS NULL AND c.hidden_at IS NULL
          AND ${VISIBLE_IDEA}
          AND ${VISIBLE_BOARD}`,
      'c.helpful_at',
      'c.id',
    );
  }

  private async page<T>(
    viewer: Viewer | null,
    userId: string,
    args: PageArgs,
    base: string,
    sortColumn: string,
    idColumn: string,
  ): Promise<ConnectionShape<T>> {
    const first = pageSize(args.first);
    const params: unknown[] = [userId, isStaff(viewer), viewer?.id ?? null];
    const sortKey = `to_char(${sortColumn} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortKey"`;
    const select = base.replace('%SORT%', sortKey);
    let keyset = '';
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2).map(String);
      if (!isUuid(id) || Number.isNaN(Date.parse(at)))
        throw badInput({ after: 'after is not a cursor from this list' });
      params.push(at, id);
      keyset = `AND (${sortColumn}, ${idColumn}) < ($4::timestamptz, $5::uuid)`;
    }
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<Array<T & { sortKey: string; id: string }>>(
        `${select} ${keyset} ORDER BY ${sortColumn} DESC, ${idColumn} DESC LIMIT ${first + 1}`,
        params,
      ),
      this.db.query<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM (${select.replace(sortKey, '1')}) x`,
        [userId, isStaff(viewer), viewer?.id ?? null],
      ),
    ]);
    return toConnection(
      rows,
      first,
      total,
      (row) => encodeCursor([row.sortKey, row.id]),
      ({ sortKey: _s, ...node }) => node as unknown as T,
    );
  }
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}
