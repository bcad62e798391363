import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage } from '../../core/sql/keyset.js';
import { isUuid } from '../../core/sql/uuid.js';
import type { Viewer } from '../../core/viewer.js';
import type { CommentModel } from '../comments/comment.model.js';
import { COMMENT_COLUMNS } from '../comments/comment.sql.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS } from '../ideas/idea.sql.js';
import type { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { boardVisibleTo, VISIBLE_IDEA, viewerAudience } from '../access/access.js';

/** Boards the viewer may see (alias b), with the viewer in $2 and $3 (modules/access). */
const VISIBLE_BOARD = boardVisibleTo({ staff: '$2::boolean', userId: '$3::uuid' });

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
    const countParams: unknown[] = [userId];
    viewerAudience(viewer, countParams); // $2, $3: the viewer, as VISIBLE_BOARD expects
    const params = [...countParams];
    const page = keysetPage({ key: sortColumn, type: 'timestamptz', id: idColumn }, args.after, params);
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<Array<T & { sortKey: string; id: string }>>(
        `${base.replace('%SORT%', page.sortKey)} AND ${page.after} ORDER BY ${page.orderBy} LIMIT ${first + 1}`,
        params,
      ),
      this.db.query<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM (${base.replace('%SORT%', '1')}) x`,
        countParams,
      ),
    ]);
    return keysetConnection(rows, first, total) as unknown as ConnectionShape<T>;
  }
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}
