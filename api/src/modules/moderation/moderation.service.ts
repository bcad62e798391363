import { isUuid } from '../../core/sql/uuid.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole, requireRole, requireViewer } from '../../core/viewer.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionShape,
} from '../../core/pagination/connection.js';
import { rows } from '../../core/sql/rows.js';
import type { Viewer } from '../../core/viewer.js';
import { DomainError, badInput, forbidden, notFound } from '../../core/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { CommentModel } from '../comments/comment.model.js';
import { COMMENT_COLUMNS } from '../comments/comment.sql.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS } from '../ideas/idea.sql.js';
import { IdeasService } from '../ideas/ideas.service.js';
import type { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import type { FlagContentInput, FlagModel, ModerationItemModel, PageArgs } from './moderation.model.js';

const NOTE_MAX = 1000;
const FLAG_COLUMNS = `f.id, f.reason, f.note, f.created_at AS "createdAt"`;

type QueueRow = ModerationItemModel & { sortKey: string };

/**
 * Moderation (moderators and above; members only flag). Every action writes its audit row in
 * the same transaction. Visibility is enforced by the shared SQL rule (ideas/idea-visibility.ts)
 * and by blanking hidden comment bodies in COMMENT_COLUMNS, so no read path needs to know
 * about moderation.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly audit: AuditService,
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly users: UsersService,
    private readonly events: DomainEventBus,
  ) {}

  /** One open flag per member per item (flags_open_key): flagging again is a CONFLICT ALREADY_FLAGGED. */
  async flag(viewer: Viewer | null, input: FlagContentInput): Promise<FlagModel> {
    const member = requireViewer(viewer);
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
    if (!flag)
      throw new DomainError('CONFLICT', 'ALREADY_FLAGGED', 'You already flagged this; a moderator will look at it.');
    return flag;
  }

  /** Items with open flags, one entry per item with its counts, oldest first (keyset on (first flag, item)). */
  async queue(viewer: Viewer | null, args: PageArgs): Promise<ConnectionShape<ModerationItemModel>> {
    requireRole(viewer, 'moderator');
    const first = pageSize(args.first);
    const params: unknown[] = [];
    let keyset = '';
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2).map(String);
      if (!isUuid(id) || Number.isNaN(Date.parse(at)))
        throw badInput({ after: 'after is not a cursor from this list' });
      params.push(at, id);
      keyset = `WHERE (g."firstFlaggedAt", g."itemId") > ($1::timestamptz, $2::uuid)`;
    }
    params.push(first + 1);
    const grouped = `SELECT f.item_id AS "itemId", min(f.created_at) AS "firstFlaggedAt", max(f.created_at) AS "lastFlaggedAt",
              count(*)::int AS "flagCount", array_agg(DISTINCT f.reason) AS reasons,
              coalesce(array_agg(f.note ORDER BY f.created_at) FILTER (WHERE f.note <> ''), '{}') AS notes
         FROM flags f WHERE f.resolved_at IS NULL GROUP BY f.item_id`;
    const [found, [{ count }]] = await Promise.all([
      this.db.query<QueueRow[]>(
        `SELECT g.*, g."firstFlaggedAt"::text AS "sortKey",
                CASE WHEN c.id IS NULL THEN 'idea' ELSE 'comment' END AS kind,
                coalesce(c.idea_id, i.id) AS "ideaId", c.id AS "commentId",
                coalesce(c.author_id, i.author_id) AS "authorId",
                CASE WHEN c.id IS NULL THEN i.title || E'\\n\\n' || i.body ELSE c.body END AS content,
                coalesce(c.hidden_at, i.hidden_at) IS NOT NULL AS hidden
           FROM (${grouped}) g
           LEFT JOIN comments c ON c.id = g."itemId"
           LEFT JOIN ideas i ON i.id = g."itemId"
           ${keyset}
          ORDER BY g."firstFlaggedAt", g."itemId" LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(
        `SELECT count(DISTINCT item_id)::int AS count FROM flags WHERE resolved_at IS NULL`,
      ),
    ]);
    return toConnection(
      found,
      first,
      count,
      (row) => encodeCursor([row.sortKey, row.itemId]),
      ({ sortKey: _sortKey, ...item }) => item,
    );
  }

  /** Closes the open flags of an item without acting on it; returns how many were closed. */
  async dismissFlags(viewer: Viewer | null, itemId: string): Promise<number> {
    const actor = requireRole(viewer, 'moderator');
    if (!isUuid(itemId)) throw notFound('Flagged item');
    return this.db.transaction(async (tx) => {
      const closed = await resolveFlags(tx, itemId, actor.id);
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
    const idea = await this.setIdeaFlag(viewer, id, 'pending_at', false, 'idea.approved');
    this.events.emit('idea.submitted', { ideaId: idea.id, boardId: idea.boardId, authorId: idea.authorId });
    return idea;
  }

  /** Pre-moderated ideas waiting for approval, oldest first. */
  async pendingIdeas(viewer: Viewer | null, args: PageArgs): Promise<ConnectionShape<IdeaModel>> {
    requireRole(viewer, 'moderator');
    const first = pageSize(args.first);
    const params: unknown[] = [];
    let keyset = '';
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2).map(String);
      if (!isUuid(id) || Number.isNaN(Date.parse(at)))
        throw badInput({ after: 'after is not a cursor from this list' });
      params.push(at, id);
      keyset = `AND (i.pending_at, i.id) > ($1::timestamptz, $2::uuid)`;
    }
    params.push(first + 1);
    const where = `i.pending_at IS NOT NULL AND i.deleted_at IS NULL`;
    const [found, [{ count }]] = await Promise.all([
      this.db.query<Array<IdeaModel & { sortKey: string }>>(
        `SELECT ${IDEA_COLUMNS}, i.pending_at::text AS "sortKey" FROM ideas i
          WHERE ${where} ${keyset} ORDER BY i.pending_at, i.id LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM ideas i WHERE ${where}`),
    ]);
    return toConnection(
      found,
      first,
      count,
      (row) => encodeCursor([row.sortKey, row.id]),
      ({ sortKey: _sortKey, ...idea }) => idea,
    );
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
    const deleted = await this.db.transaction(async (tx) => {
      const comment = await rows<{ ideaId: string }>(
        tx,
        `UPDATE comments SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING idea_id AS "ideaId"`,
        [itemId],
      );
      if (comment.length > 0) {
        await tx.query(`UPDATE ideas SET comment_count = comment_count - 1 WHERE id = $1`, [comment[0].ideaId]);
        await resolveFlags(tx, itemId, actor.id);
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'comment.deleted',
          subjectType: 'comment',
          subjectId: itemId,
          before: { deleted: false },
          after: { deleted: true, reason: 'spam' },
        });
        return { kind: 'comment' as const, ideaId: comment[0].ideaId };
      }
      const idea = await rows<{ id: string }>(
        tx,
        `UPDATE ideas SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
        [itemId],
      );
      if (idea.length === 0) throw notFound('Flagged item');
      await resolveFlags(tx, itemId, actor.id);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'idea.deleted',
        subjectType: 'idea',
        subjectId: itemId,
        before: { deleted: false },
        after: { deleted: true, reason: 'spam' },
      });
      return { kind: 'idea' as const, ideaId: itemId };
    });
    if (deleted.kind === 'comment') {
      this.events.emit('comment.deleted', { commentId: itemId, ideaId: deleted.ideaId, actorId: actor.id });
    } else {
      this.events.emit('idea.deleted', { ideaId: itemId, actorId: actor.id });
    }
    return true;
  }

  /**
   * Suspends a member until `until` (indefinitely when null): they keep reading but cannot post
   * ideas, comment or vote (requireParticipant). Moderators suspend members; admins anyone but themselves.
   */
  async suspend(viewer: Viewer | null, userId: string, until: Date | null): Promise<UserModel> {
    const actor = requireRole(viewer, 'moderator');
    if (until && until.getTime() <= Date.now()) throw badInput({ until: 'Pick a time in the future.' });
    return this.setSuspension(actor, userId, until ?? new Date('9999-12-31T00:00:00Z'), 'user.suspended');
  }

  unsuspend(viewer: Viewer | null, userId: string): Promise<UserModel> {
    const actor = requireRole(viewer, 'moderator');
    return this.setSuspension(actor, userId, null, 'user.unsuspended');
  }

  private async setSuspension(actor: Viewer, userId: string, until: Date | null, action: string): Promise<UserModel> {
    if (!isUuid(userId)) throw notFound('User');
    if (userId === actor.id) throw forbidden('You cannot suspend yourself.', 'CANNOT_SUSPEND_SELF');
    await this.db.transaction(async (tx) => {
      const [target] = await tx.query<Array<{ role: Viewer['role']; suspendedUntil: Date | null }>>(
        `SELECT role, suspended_until AS "suspendedUntil" FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!target) throw notFound('User');
      if (target.role !== 'member' && !hasRole(actor, 'admin')) {
        throw forbidden('Only admins can suspend staff.', 'CANNOT_SUSPEND_STAFF');
      }
      await tx.query(`UPDATE users SET suspended_until = $2 WHERE id = $1`, [userId, until]);
      await this.audit.record(tx, {
        actorId: actor.id,
        action,
        subjectType: 'user',
        subjectId: userId,
        before: { suspendedUntil: target.suspendedUntil },
        after: { suspendedUntil: until },
      });
    });
    return this.users.get(userId);
  }

  private async setIdeaFlag(
    viewer: Viewer | null,
    id: string,
    column: 'hidden_at' | 'comments_locked_at' | 'pending_at',
    on: boolean,
    action: string,
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
      if (column === 'hidden_at' && on) await resolveFlags(tx, id, actor.id);
      await this.audit.record(tx, {
        actorId: actor.id,
        action,
        subjectType: 'idea',
        subjectId: id,
        before: { [column.replace('_at', '')]: current.set },
        after: { [column.replace('_at', '')]: on },
      });
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
        if (hidden) await resolveFlags(tx, id, actor.id);
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

  /** A live comment on an idea the viewer may see, or NOT_FOUND. */
  private async visibleComment(viewer: Viewer, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound('Comment');
    const [comment] = await this.db.query<Array<{ ideaId: string }>>(
      `SELECT idea_id AS "ideaId" FROM comments WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    if (!comment || !(await this.ideas.find(viewer, comment.ideaId))) throw notFound('Comment');
  }
}

async function resolveFlags(tx: EntityManager, itemId: string, actorId: string): Promise<number> {
  const closed = await rows<{ id: string }>(
    tx,
    `UPDATE flags SET resolved_at = now(), resolved_by_id = $2 WHERE item_id = $1 AND resolved_at IS NULL RETURNING id`,
    [itemId, actorId],
  );
  return closed.length;
}

async function isComment(tx: EntityManager, id: string): Promise<boolean> {
  const [row] = await tx.query<unknown[]>(`SELECT 1 FROM comments WHERE id = $1`, [id]);
  return row !== undefined;
}
