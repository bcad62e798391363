import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../core/errors.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage } from '../../core/sql/keyset.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { requireRole, type Viewer } from '../../core/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import type { CommentModel } from '../comments/comment.model.js';
import { COMMENT_COLUMNS } from '../comments/comment.sql.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS } from '../ideas/idea.sql.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { FlagsService } from './flags.service.js';
import type { PageArgs } from './moderation.model.js';

/**
 * What moderators do to content: hide and unhide, lock discussions, approve pre-moderated ideas,
 * delete spam. Every action writes its audit row in the same transaction. Visibility follows
 * from the columns these set (modules/access reads them) and from blanking hidden comment
 * bodies in COMMENT_COLUMNS, so no read path needs to know about moderation.
 */
@Injectable()
export class ContentModerationService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  hideIdea(viewer: Viewer | null, id: string): Promise<IdeaModel> {
    return this.setIdeaFlag(viewer, id, 'hidden_at', true, 'idea.hidden');
  }

  unhideIdea(viewer: Viewer | null, id: string): Promise<IdeaModel> {
    return this.setIdeaFlag(viewer, id, 'hidden_at', false, 'idea.unhidden');
  }

  lockComments(viewer: Viewer | null, id: string): Promise<IdeaModel> {
    return this.setIdeaFlag(viewer, id, 'comments_locked_at', true, 'idea.comments_locked');
  }

  unlockComments(viewer: Viewer | null, id: string): Promise<IdeaModel> {
    return this.setIdeaFlag(viewer, id, 'comments_locked_at', false, 'idea.comments_unlocked');
  }

  /** Publishes a pre-moderated idea; `idea.submitted` goes out now (it was held back while pending). */
  async approveIdea(viewer: Viewer | null, id: string): Promise<IdeaModel> {
    return this.setIdeaFlag(viewer, id, 'pending_at', false, 'idea.approved', async (tx) => {
      const [idea] = await tx.query<Array<{ boardId: string; authorId: string }>>(
        `SELECT board_id AS "boardId", author_id AS "authorId" FROM ideas WHERE id = $1`,
        [id],
      );
      await this.events.emit(tx, 'idea.submitted', { ideaId: id, boardId: idea.boardId, authorId: idea.authorId });
    });
  }

  /** Pre-moderated ideas waiting for approval, oldest first. */
  async pendingIdeas(viewer: Viewer | null, args: PageArgs): Promise<ConnectionShape<IdeaModel>> {
    requireRole(viewer, 'moderator');
    const first = pageSize(args.first);
    const params: unknown[] = [];
    const page = keysetPage(
      { key: 'i.pending_at', type: 'timestamptz', id: 'i.id', ascending: true },
      args.after,
      params,
    );
    params.push(first + 1);
    const where = `i.pending_at IS NOT NULL AND i.deleted_at IS NULL`;
    const [found, [{ count }]] = await Promise.all([
      this.db.query<Array<IdeaModel & { sortKey: string }>>(
        `SELECT ${IDEA_COLUMNS}, ${page.sortKey} FROM ideas i
          WHERE ${where} AND ${page.after} ORDER BY ${page.orderBy} LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM ideas i WHERE ${where}`),
    ]);
    return keysetConnection(found, first, count);
  }

  hideComment(viewer: Viewer | null, id: string): Promise<CommentModel> {
    return this.setCommentHidden(viewer, id, true);
  }

  unhideComment(viewer: Viewer | null, id: string): Promise<CommentModel> {
    return this.setCommentHidden(viewer, id, false);
  }

  /** Soft-deletes a flagged (spam) idea or comment and closes its flags. */
  async deleteSpam(viewer: Viewer | null, itemId: string): Promise<boolean> {
    const actor = requireRole(viewer, 'moderator');
    if (!isUuid(itemId)) throw notFound('Flagged item');
    await this.db.transaction(async (tx) => {
      const comment = await rows<{ ideaId: string }>(
        tx,
        `UPDATE comments SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING idea_id AS "ideaId"`,
        [itemId],
      );
      if (comment.length > 0) {
        await tx.query(`UPDATE ideas SET comment_count = comment_count - 1 WHERE id = $1`, [comment[0].ideaId]);
        await this.flags.resolveInTransaction(tx, itemId, actor.id);
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'comment.deleted',
          subjectType: 'comment',
          subjectId: itemId,
          before: { deleted: false },
          after: { deleted: true, reason: 'spam' },
        });
        await this.events.emit(tx, 'comment.deleted', {
          commentId: itemId,
          ideaId: comment[0].ideaId,
          actorId: actor.id,
        });
        return { kind: 'comment' as const, ideaId: comment[0].ideaId };
      }
      const idea = await rows<{ id: string }>(
        tx,
        `UPDATE ideas SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
        [itemId],
      );
      if (idea.length === 0) throw notFound('Flagged item');
      await this.flags.resolveInTransaction(tx, itemId, actor.id);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'idea.deleted',
        subjectType: 'idea',
        subjectId: itemId,
        before: { deleted: false },
        after: { deleted: true, reason: 'spam' },
      });
      await this.events.emit(tx, 'idea.deleted', { ideaId: itemId, actorId: actor.id });
      return { kind: 'idea' as const, ideaId: itemId };
    });
    return true;
  }

  private async setIdeaFlag(
    viewer: Viewer | null,
    id: string,
    column: 'hidden_at' | 'comments_locked_at' | 'pending_at',
    on: boolean,
    action: string,
    /** More of the same change, in its transaction (not run when the flag was already so). */
    alsoInTransaction?: (tx: EntityManager) => Promise<void>,
  ): Promise<IdeaModel> {
    const actor = requireRole(viewer, 'moderator');
    if (!isUuid(id)) throw notFound('Idea');
    await this.db.transaction(async (tx) => {
      const [current] = await tx.query<Array<{ set: boolean }>>(
        `SELECT (${column} IS NOT NULL) AS set FROM ideas WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
        [id],
      );
      if (!current) throw notFound('Idea');
      if (current.set === on) return; // already so: nothing to audit
      await tx.query(`UPDATE ideas SET ${column} = ${on ? 'now()' : 'NULL'} WHERE id = $1`, [id]);
      if (column === 'hidden_at' && on) await this.flags.resolveInTransaction(tx, id, actor.id);
      await this.audit.record(tx, {
        actorId: actor.id,
        action,
        subjectType: 'idea',
        subjectId: id,
        before: { [column.replace('_at', '')]: current.set },
        after: { [column.replace('_at', '')]: on },
      });
      await alsoInTransaction?.(tx);
    });
    return this.ideas.get(actor, id);
  }

  private async setCommentHidden(viewer: Viewer | null, id: string, hidden: boolean): Promise<CommentModel> {
    const actor = requireRole(viewer, 'moderator');
    if (!isUuid(id)) throw notFound('Comment');
    return this.db.transaction(async (tx) => {
      const [current] = await tx.query<Array<{ hidden: boolean }>>(
        `SELECT (hidden_at IS NOT NULL) AS hidden FROM comments WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
        [id],
      );
      if (!current) throw notFound('Comment');
      if (current.hidden !== hidden) {
        await tx.query(`UPDATE comments SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1`, [id]);
        if (hidden) await this.flags.resolveInTransaction(tx, id, actor.id);
        await this.audit.record(tx, {
          actorId: actor.id,
          action: hidden ? 'comment.hidden' : 'comment.unhidden',
          subjectType: 'comment',
          subjectId: id,
          before: { hidden: current.hidden },
          after: { hidden },
        });
      }
      const [comment] = await tx.query<CommentModel[]>(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1`, [
        id,
      ]);
      return comment;
    });
  }
}
