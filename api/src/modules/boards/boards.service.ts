import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireRole } from '../../common/auth/roles.js';
import { rows } from '../../database/sql.js';
import type { Viewer } from '../../graphql/context.js';
import { AppError, badInput, notFound, type FieldErrors } from '../../graphql/errors.js';
import { DEFAULT_STATUSES } from '../statuses/status.entity.js';
import { Board } from './board.entity.js';
import type { BoardModel } from './board.model.js';
import type { CreateBoardInput, UpdateBoardInput } from './dto/board.inputs.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BOARD_COLUMNS = `id, slug, name, description, is_private AS "isPrivate", created_at AS "createdAt"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function boardFieldErrors(input: { slug?: string; name?: string; description?: string }, slugField = 'slug') {
  const fields: FieldErrors = {};
  if (input.slug !== undefined && (!SLUG.test(input.slug) || input.slug.length > 60)) {
    fields[slugField] = 'Slug uses lower-case words of a-z and 0-9 joined by "-", at most 60 characters.';
  }
  if (input.name !== undefined && (input.name.length < 1 || input.name.length > 80)) {
    fields.name = 'Name needs 1 to 80 characters.';
  }
  if (input.description !== undefined && input.description.length > 2000) {
    fields.description = 'Description can have at most 2,000 characters.';
  }
  return fields;
}

const slugTaken = (slug: string, field = 'slug') =>
  new AppError('CONFLICT', 'SLUG_TAKEN', `A board with the slug "${slug}" already exists`, {
    [field]: 'This slug is already taken.',
  });

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

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

  /** A new board with the default statuses, in one transaction (admins). */
  async create(viewer: Viewer | null, input: CreateBoardInput): Promise<BoardModel> {
    requireRole(viewer, 'admin');
    const value = { slug: input.slug.trim(), name: input.name.trim(), description: input.description ?? '' };
    const fields = boardFieldErrors(value);
    if (Object.keys(fields).length > 0) throw badInput(fields);
    return this.db.transaction(async (tx) => {
      const [board] = await tx.query<BoardModel[]>(
        `INSERT INTO boards (slug, name, description, is_private) VALUES ($1, $2, $3, $4)
         ON CONFLICT (slug) DO NOTHING RETURNING ${BOARD_COLUMNS}`,
        [value.slug, value.name, value.description, input.isPrivate ?? false],
      );
      if (!board) throw slugTaken(value.slug);
      await tx.query(
        `INSERT INTO statuses (board_id, key, name, color, position, accepts_votes, is_closed, show_on_roadmap)
         SELECT $1, s.key, s.name, s.color, s.position, s.accepts_votes, s.is_closed, s.show_on_roadmap
           FROM jsonb_to_recordset($2::jsonb) AS s(key text, name text, color text, position int,
                accepts_votes boolean, is_closed boolean, show_on_roadmap boolean)`,
        [
          board.id,
          JSON.stringify(
            DEFAULT_STATUSES.map((s) => ({
              key: s.key,
              name: s.name,
              color: s.color,
              position: s.position,
              accepts_votes: s.acceptsVotes,
              is_closed: s.isClosed,
              show_on_roadmap: s.showOnRoadmap,
            })),
          ),
        ],
      );
      return board;
    });
  }

  /** Renames, re-describes or changes the visibility of a board (admins). */
  async update(viewer: Viewer | null, input: UpdateBoardInput): Promise<BoardModel> {
    requireRole(viewer, 'admin');
    const value = {
      slug: input.newSlug?.trim() ?? undefined,
      name: input.name?.trim() ?? undefined,
      description: input.description ?? undefined,
    };
    const fields = boardFieldErrors(value, 'newSlug');
    if (Object.keys(fields).length > 0) throw badInput(fields);
    try {
      const [board] = await rows<BoardModel>(
        this.db,
        `UPDATE boards SET slug = coalesce($2, slug), name = coalesce($3, name),
                description = coalesce($4, description), is_private = coalesce($5, is_private)
          WHERE slug = $1 RETURNING ${BOARD_COLUMNS}`,
        [input.slug, value.slug ?? null, value.name ?? null, value.description ?? null, input.isPrivate ?? null],
      );
      if (!board) throw notFound('Board');
      return board;
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(value.slug ?? input.slug, 'newSlug');
      throw error;
    }
  }

  /** Lets a member see a private board (admins). Granting twice is harmless. */
  async grantAccess(viewer: Viewer | null, boardSlug: string, userId: string): Promise<BoardModel> {
    requireRole(viewer, 'admin');
    const board = await this.getVisible(viewer, boardSlug);
    if (!UUID.test(userId)) throw notFound('User');
    const inserted = await this.db.query<unknown[]>(
      `INSERT INTO board_members (board_id, user_id) SELECT $1, id FROM users WHERE id = $2
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [board.id, userId],
    );
    if (inserted.length === 0) {
      const [user] = await this.db.query<unknown[]>(`SELECT 1 FROM users WHERE id = $1`, [userId]);
      if (!user) throw notFound('User');
    }
    return board;
  }
}
