import { isUuid } from '../../core/sql/uuid.js';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, isUniqueViolation, notFound, type FieldErrors } from '../../core/errors.js';
import { rows } from '../../core/sql/rows.js';
import { requireRole, type Viewer } from '../../core/viewer.js';
import { boardVisibleTo, viewerAudience } from '../access/access.js';
import { insertDefaultStatuses } from '../statuses/status.sql.js';
import type { BoardModel } from './board.model.js';
import { BOARD_COLUMNS } from './board.sql.js';
import type { CreateBoardInput, UpdateBoardInput } from './dto/board.inputs.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function boardFieldErrors(input: { slug?: string; name?: string; description?: string }, slugField = 'slug') {
  const fields: FieldErrors = {};
  if (input.slug !== undefined && (input.slug.length > 60 || !SLUG.test(input.slug))) {
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
  conflict('SLUG_TAKEN', `A board with the slug "${slug}" already exists`, {
    [field]: 'This slug is already taken.',
  });

@Injectable()
export class BoardsService {
  constructor(private readonly db: DataSource) {}

  /** Boards the viewer may see (modules/access), by name. */
  async list(viewer: Viewer | null): Promise<BoardModel[]> {
    const params: unknown[] = [];
    const who = viewerAudience(viewer, params);
    return this.db.query<BoardModel[]>(
      `SELECT ${BOARD_COLUMNS} FROM boards b WHERE ${boardVisibleTo(who)} ORDER BY b.name`,
      params,
    );
  }

  /** The board with this slug, or NOT_FOUND when it doesn't exist or the viewer may not see it. */
  async getVisible(viewer: Viewer | null, slug: string): Promise<BoardModel> {
    const board = await this.findVisible(viewer, slug);
    if (!board) throw notFound('Board');
    return board;
  }

  async findVisible(viewer: Viewer | null, slug: string): Promise<BoardModel | null> {
    if (slug.length > 200) return null;
    const params: unknown[] = [slug];
    const who = viewerAudience(viewer, params);
    const [board] = await this.db.query<BoardModel[]>(
      `SELECT ${BOARD_COLUMNS} FROM boards b WHERE b.slug = $1 AND ${boardVisibleTo(who)}`,
      params,
    );
    return board ?? null;
  }

  /** A new board with the default statuses, in one transaction (admins). */
  async create(viewer: Viewer | null, input: CreateBoardInput): Promise<BoardModel> {
    requireRole(viewer, 'admin');
    const value = { slug: input.slug.trim(), name: input.name.trim(), description: input.description ?? '' };
    const fields = boardFieldErrors(value);
    if (Object.keys(fields).length > 0) throw badInput(fields);
    return this.db.transaction(async (tx) => {
      const [board] = await tx.query<BoardModel[]>(
        `INSERT INTO boards (slug, name, description, is_private, premoderate_first_idea) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (slug) DO NOTHING RETURNING ${BOARD_COLUMNS.replaceAll('b.', '')}`,
        [value.slug, value.name, value.description, input.isPrivate ?? false, input.premoderateFirstIdea ?? false],
      );
      if (!board) throw slugTaken(value.slug);
      await insertDefaultStatuses(tx, board.id);
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
                description = coalesce($4, description), is_private = coalesce($5, is_private),
                premoderate_first_idea = coalesce($6, premoderate_first_idea)
          WHERE slug = $1 RETURNING ${BOARD_COLUMNS.replaceAll('b.', '')}`,
        [
          input.slug,
          value.slug ?? null,
          value.name ?? null,
          value.description ?? null,
          input.isPrivate ?? null,
          input.premoderateFirstIdea ?? null,
        ],
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
    if (!isUuid(userId)) throw notFound('User');
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

  /** Takes a member's access to a private board away again (admins). Revoking twice is harmless. */
  async revokeAccess(viewer: Viewer | null, boardSlug: string, userId: string): Promise<BoardModel> {
    requireRole(viewer, 'admin');
    const board = await this.getVisible(viewer, boardSlug);
    if (!isUuid(userId)) throw notFound('User');
    await this.db.query(`DELETE FROM board_members WHERE board_id = $1 AND user_id = $2`, [board.id, userId]);
    return board;
  }
}
