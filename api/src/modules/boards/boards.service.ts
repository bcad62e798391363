import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { Board } from './board.entity.js';
import type { BoardModel } from './board.model.js';

const STAFF_ROLES = new Set(['moderator', 'product_manager', 'admin']);

@Injectable()
export class BoardsService {
  constructor(private readonly db: DataSource) {}

  /** Boards the viewer may see: public ones, plus private ones for staff and granted members. */
  async list(viewer: Viewer | null): Promise<BoardModel[]> {
    const rows = await this.db.query<Board[]>(
      `SELECT b.id, b.slug, b.name, b.description, b.is_private AS "isPrivate", b.created_at AS "createdAt"
         FROM boards b
        WHERE NOT b.is_private OR $1 OR EXISTS (SELECT 1 FROM board_members m WHERE m.board_id = b.id AND m.user_id = $2)
        ORDER BY b.name`,
      [viewer !== null && STAFF_ROLES.has(viewer.role), viewer?.id ?? null],
    );
    return rows;
  }

  /** The board with this slug, or NOT_FOUND when it doesn't exist or the viewer may not see it. */
  async getVisible(viewer: Viewer | null, slug: string): Promise<BoardModel> {
    const board = await this.db.getRepository(Board).findOneBy({ slug });
    if (!board || !(await this.canSee(viewer, board))) throw notFound('Board');
    return board;
  }

  async findVisible(viewer: Viewer | null, slug: string): Promise<BoardModel | null> {
    const board = await this.db.getRepository(Board).findOneBy({ slug });
    return board && (await this.canSee(viewer, board)) ? board : null;
  }

  async canSee(viewer: Viewer | null, board: Pick<Board, 'id' | 'isPrivate'>): Promise<boolean> {
    if (!board.isPrivate) return true;
    if (!viewer) return false;
    if (STAFF_ROLES.has(viewer.role)) return true;
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM board_members WHERE board_id = $1 AND user_id = $2`, [
      board.id,
      viewer.id,
    ]);
    return rows.length > 0;
  }
}
