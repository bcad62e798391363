import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { pageSize } from '../../core/pagination/connection.js';
import { decodeKeyset } from '../../core/sql/keyset.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { hasRole, isStaff, requireParticipant, requireViewer, type Viewer } from '../../core/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { IdeasService } from '../ideas/ideas.service.js';
import type { CommentModel } from './comment.model.js';
import { COMMENT_COLUMNS } from './comment.sql.js';
import type { CommentsArgs, EditCommentInput, PostCommentInput } from './dto/comment.inputs.js';
import type { CommentPageKey } from './comments.loaders.js';
import { RateLimitsService } from '../rate-limits/rate-limits.service.js';

export const MAX_COMMENT_LENGTH = 5000;
/**
 * Comments and one level of replies. `ideas.comment_count` counts live comments (replies
 * included) and moves in the same transaction as the row; removal is a soft delete.
 * Official answers: product managers and admins (moderators keep the conversation civil,
 * they don't speak for the product team).
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly audit: AuditService,
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly events: DomainEventBus,
    private readonly rateLimits: RateLimitsService,
  ) {}

  async post(viewer: Viewer | null, input: PostCommentInput): Promise<CommentModel> {
    const author = requireParticipant(viewer);
    await this.rateLimits.consumeWrite('comment', author.id);
    const body = validBody(input.body);
    const official = input.official === true;
    if (official && !hasRole(author, 'product_manager')) {
      throw forbidden('Only product managers and admins can answer officially.', 'OFFICIAL_NOT_ALLOWED');
    }
    const idea = await this.ideas.get(author, input.ideaId); // NOT_FOUND for unknown, deleted and invisible ideas
    if (idea.commentsLocked && !isStaff(author)) {
      throw conflict('COMMENTS_LOCKED', 'A moderator locked the discussion on this idea.');
    }
    const parentId = input.parentId ?? null;
    if (parentId !== null && !isUuid(parentId)) throw badInput({ parentId: 'Reply to a comment on this idea.' });

    const comment = await this.db.transaction(async (tx) => {
      if (parentId !== null) {
        const [parent] = await tx.query<Array<{ ideaId: string; parentId: string | null }>>(
          `SELECT idea_id AS "ideaId", parent_id AS "parentId" FROM comments
            WHERE id = $1 AND deleted_at IS NULL FOR SHARE`,
          [parentId],
        );
        if (!parent || parent.ideaId !== input.ideaId) throw badInput({ parentId: 'Reply to a comment on this idea.' });
        if (parent.parentId !== null) {
          throw badInput({ parentId: 'Replies are one level deep: reply to the top-level comment instead.' });
        }
      }
      // Counter and trend first (this also locks the idea row and re-checks it wasn't deleted meanwhile).
      const bumped = await rows<{ id: string }>(
        tx,
        `UPDATE ideas SET comment_count = comment_count + 1, trend_score = trend_add(trend_score, now())
          WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
        [input.ideaId],
      );
      if (bumped.length === 0) throw notFound('Idea');
      const [row] = await rows<CommentModel>(
        tx,
        `INSERT INTO comments AS c (idea_id, author_id, parent_id, body, is_official)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${COMMENT_COLUMNS}`,
        [input.ideaId, author.id, parentId, body, official],
      );
      await this.events.emit(tx, 'comment.posted', {
        commentId: row.id,
        ideaId: row.ideaId,
        authorId: author.id,
        parentId,
        official,
      });
      return row;
    });
    return comment;
  }

  /** Authors edit their own comments (editedAt is set); nobody else may, moderators included. */
  async edit(viewer: Viewer | null, input: EditCommentInput): Promise<CommentModel> {
    const actor = requireViewer(viewer);
    const body = validBody(input.body);
    const existing = await this.getLive(actor, input.id);
    if (existing.authorId !== actor.id) {
      throw forbidden('Only the author can edit this comment.', 'NOT_COMMENT_AUTHOR');
    }
    return this.db.transaction(async (tx) => {
      const [comment] = await rows<CommentModel>(
        tx,
        `UPDATE comments c SET body = $2, edited_at = now()
          WHERE c.id = $1 AND c.deleted_at IS NULL RETURNING ${COMMENT_COLUMNS}`,
        [existing.id, body],
      );
      if (!comment) throw notFound('Comment');
      await this.events.emit(tx, 'comment.edited', {
        commentId: comment.id,
        ideaId: comment.ideaId,
        authorId: actor.id,
      });
      return comment;
    });
  }

  /**
   * Soft delete by the author or a moderator (or above). Its replies stay; a removed top-level
   * comment with live replies is shown as a placeholder so the replies keep their context.
   */
  async delete(viewer: Viewer | null, id: string): Promise<boolean> {
    const actor = requireViewer(viewer);
    const existing = await this.getLive(actor, id);
    if (existing.authorId !== actor.id && !hasRole(actor, 'moderator')) {
      throw forbidden('Only the author or a moderator can delete this comment.', 'NOT_COMMENT_AUTHOR');
    }
    await this.db.transaction(async (tx) => {
      const removed = await rows<{ ideaId: string }>(
        tx,
        `UPDATE comments SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING idea_id AS "ideaId"`,
        [existing.id],
      );
      if (removed.length === 0) throw notFound('Comment'); // someone else removed it first
      if (existing.authorId !== actor.id) {
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'comment.deleted',
          subjectType: 'comment',
          subjectId: existing.id,
          before: { deleted: false },
          after: { deleted: true },
        });
      }
      await tx.query(`UPDATE ideas SET comment_count = comment_count - 1 WHERE id = $1`, [existing.ideaId]);
      await this.events.emit(tx, 'comment.deleted', {
        commentId: existing.id,
        ideaId: existing.ideaId,
        actorId: actor.id,
      });
    });
    return true;
  }

  /** The validated key of one page of an idea's thread (the idea is already visible: it is the parent field). */
  /** The loader key of one page of comments under `ownerId` (an idea, or a top-level comment). */
  pageKey(ownerId: string, args: CommentsArgs): CommentPageKey {
    const first = pageSize(args.first);
    const after = args.after ? decodeKeyset(args.after, 'timestamptz') : null;
    return { ownerId, first, after };
  }

  /** A live comment on an idea the viewer may see, or NOT_FOUND. */
  private async getLive(viewer: Viewer, id: string): Promise<CommentModel> {
    if (!isUuid(id)) throw notFound('Comment');
    const [comment] = await this.db.query<CommentModel[]>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1 AND c.deleted_at IS NULL`,
      [id],
    );
    if (!comment || !(await this.ideas.find(viewer, comment.ideaId))) throw notFound('Comment');
    return comment;
  }
}

/** Trimmed body, 1 to 5,000 characters, or BAD_USER_INPUT on `body`. */
export function validBody(raw: string): string {
  const body = raw.trim();
  if (body.length === 0) throw badInput({ body: 'Write something first.' });
  if (body.length > MAX_COMMENT_LENGTH) throw badInput({ body: `Use at most ${MAX_COMMENT_LENGTH} characters.` });
  return body;
}
