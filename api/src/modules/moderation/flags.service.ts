import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage } from '../../core/sql/keyset.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { requireRole, requireViewer, type Viewer } from '../../core/viewer.js';
import { ideaInScope, viewerAudience } from '../access/access.js';
import { AuditService } from '../audit/audit.service.js';
import { IdeasService } from '../ideas/ideas.service.js';
import type { FlagContentInput, FlagModel, ModerationItemModel, PageArgs } from './moderation.model.js';
import { RateLimitsService } from '../rate-limits/rate-limits.service.js';

const NOTE_MAX = 1000;
const FLAG_COLUMNS = `f.id, f.reason, f.note, f.created_at AS "createdAt"`;

type QueueRow = ModerationItemModel & { sortKey: string };

/** Flags: members report ideas and comments; moderators work through the queue of flagged items. */
@Injectable()
export class FlagsService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  /** One open flag per member per item (flags_open_key): flagging again is a CONFLICT ALREADY_FLAGGED. */
  async flag(viewer: Viewer | null, input: FlagContentInput): Promise<FlagModel> {
    const member = requireViewer(viewer);
    await this.rateLimits.consumeWrite('flag', member.id);
    const ideaId = input.ideaId ?? null;
    const commentId = input.commentId ?? null;
    if ((ideaId === null) === (commentId === null)) {
      throw badInput({ ideaId: 'Flag either an idea or a comment.' });
    }
    const note = (input.note ?? '').trim();
    if ([...note].length > NOTE_MAX) throw badInput({ note: `Note can have at most ${NOTE_MAX} characters.` });
    if (ideaId !== null) {
      await this.ideas.get(member, ideaId);
    } else {
      await this.visibleComment(member, commentId!);
    }
    const [flag] = await this.db.query<FlagModel[]>(
      `INSERT INTO flags AS f (idea_id, comment_id, flagger_id, reason, note) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (flagger_id, item_id) WHERE resolved_at IS NULL DO NOTHING
       RETURNING ${FLAG_COLUMNS}`,
      [ideaId, commentId, member.id, input.reason, note],
    );
    if (!flag) throw conflict('ALREADY_FLAGGED', 'You already flagged this; a moderator will look at it.');
    return flag;
  }

  /** Items with open flags, one entry per item with its counts, oldest first (keyset on (first flag, item)). */
  async queue(viewer: Viewer | null, args: PageArgs): Promise<ConnectionShape<ModerationItemModel>> {
    requireRole(viewer, 'moderator');
    const first = pageSize(args.first);
    const params: unknown[] = [];
    const page = keysetPage(
      { key: 'g."firstFlaggedAt"', type: 'timestamptz', id: 'g."itemId"', ascending: true },
      args.after,
      params,
    );
    params.push(first + 1);
    const grouped = `SELECT f.item_id AS "itemId", min(f.created_at) AS "firstFlaggedAt", max(f.created_at) AS "lastFlaggedAt",
              count(*)::int AS "flagCount", array_agg(DISTINCT f.reason) AS reasons,
              coalesce(array_agg(f.note ORDER BY f.created_at) FILTER (WHERE f.note <> ''), '{}') AS notes
         FROM flags f WHERE f.resolved_at IS NULL GROUP BY f.item_id`;
    const [found, [{ count }]] = await Promise.all([
      this.db.query<QueueRow[]>(
        `SELECT g.*, ${page.sortKey},
                CASE WHEN c.id IS NULL THEN 'idea' ELSE 'comment' END AS kind,
                coalesce(c.idea_id, i.id) AS "ideaId", c.id AS "commentId",
                coalesce(c.author_id, i.author_id) AS "authorId",
                CASE WHEN c.id IS NULL THEN i.title || E'\\n\\n' || i.body ELSE c.body END AS content,
                coalesce(c.hidden_at, i.hidden_at) IS NOT NULL AS hidden
           FROM (${grouped}) g
           LEFT JOIN comments c ON c.id = g."itemId"
           LEFT JOIN ideas i ON i.id = g."itemId"
          WHERE ${page.after}
          ORDER BY ${page.orderBy} LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(
        `SELECT count(DISTINCT item_id)::int AS count FROM flags WHERE resolved_at IS NULL`,
      ),
    ]);
    return keysetConnection(found, first, count, { idOf: (row) => row.itemId });
  }

  /** Closes the open flags of an item without acting on it; returns how many were closed. */
  async dismissFlags(viewer: Viewer | null, itemId: string): Promise<number> {
    const actor = requireRole(viewer, 'moderator');
    if (!isUuid(itemId)) throw notFound('Flagged item');
    return this.db.transaction(async (tx) => {
      const closed = await this.resolveInTransaction(tx, itemId, actor.id);
      if (closed === 0) throw notFound('Flagged item');
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'flags.dismissed',
        subjectType: (await isComment(tx, itemId)) ? 'comment' : 'idea',
        subjectId: itemId,
        before: { openFlags: closed },
        after: { openFlags: 0 },
      });
      return closed;
    });
  }

  /** Closes the open flags of an item inside the caller's transaction; returns how many. */
  async resolveInTransaction(tx: EntityManager, itemId: string, actorId: string): Promise<number> {
    const closed = await rows<{ id: string }>(
      tx,
      `UPDATE flags SET resolved_at = now(), resolved_by_id = $2 WHERE item_id = $1 AND resolved_at IS NULL RETURNING id`,
      [itemId, actorId],
    );
    return closed.length;
  }

  /** A live comment on an idea the viewer may read (modules/access), or NOT_FOUND. */
  private async visibleComment(viewer: Viewer, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound('Comment');
    const params: unknown[] = [id];
    const who = viewerAudience(viewer, params);
    const found = await this.db.query<unknown[]>(
      `SELECT 1 FROM comments c JOIN ideas i ON i.id = c.idea_id JOIN boards b ON b.id = i.board_id
        WHERE c.id = $1 AND c.deleted_at IS NULL AND ${ideaInScope('readable', who)}`,
      params,
    );
    if (found.length === 0) throw notFound('Comment');
  }
}

/** Whether `id` is a comment (flags point at ideas and comments alike). */
async function isComment(tx: EntityManager, id: string): Promise<boolean> {
  const [row] = await tx.query<unknown[]>(`SELECT 1 FROM comments WHERE id = $1`, [id]);
  return row !== undefined;
}
