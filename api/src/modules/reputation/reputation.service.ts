import { isUuid } from '../../core/sql/uuid.js';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isStaff, requireViewer } from '../../core/viewer.js';
import { DomainEventBus, type DomainEvents } from '../../core/events/domain-events.js';
import { rows } from '../../core/sql/rows.js';
import type { Viewer } from '../../core/viewer.js';
import { forbidden, notFound } from '../../core/errors.js';
import { BoardsService } from '../boards/boards.service.js';
import type { CommentModel } from '../comments/comment.model.js';
import { COMMENT_COLUMNS } from '../comments/comment.sql.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { POINTS, setAward, VOTE_POINTS_CHANGE_UP_TO, votePointsOf } from './reputation-rules.js';

export enum LeaderboardPeriod {
  ALL_TIME = 'ALL_TIME',
  LAST_30_DAYS = 'LAST_30_DAYS',
}

/**
 * Keeps reputation incrementally: jobs of idea.submitted, vote.cast, vote.retracted and
 * idea.status_changed (idempotent: `setAward` sets an award to its value, it never adds, so a
 * retried job awards nothing twice); helpful answers in the same transaction as the mark.
 * `rebuildReputation` (CLI `reputation:rebuild`) recomputes it all from history.
 */
@Injectable()
export class ReputationService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly events: DomainEventBus,
    private readonly ideas: IdeasService,
    private readonly boards: BoardsService,
  ) {}

  onModuleInit(): void {
    this.events.handle('idea.submitted', 'reputation', (e) =>
      this.db.transaction((tx) =>
        setAward(
          tx,
          { userId: e.authorId, reason: 'first_idea', subjectId: e.authorId, boardId: e.boardId },
          async () => POINTS.firstIdea,
        ),
      ),
    );
    // Vote points stop moving once an idea's count is past the cap: no job for those votes.
    const belowCap = { when: `(payload->>'voteCount')::int <= ${VOTE_POINTS_CHANGE_UP_TO}` };
    this.events.handle('vote.cast', 'reputation', (e) => this.recountVotes(e.ideaId), belowCap);
    this.events.handle('vote.retracted', 'reputation', (e) => this.recountVotes(e.ideaId), belowCap);
    // A merge moves votes in bulk (and an unmerge takes them back): the target's points follow.
    this.events.handle('idea.merged', 'reputation', (e) => this.recountVotes(e.targetId));
    this.events.handle('idea.unmerged', 'reputation', (e) => this.recountVotes(e.targetId));
    this.events.handle('idea.status_changed', 'reputation', (e) => this.onStatusChanged(e));
  }

  private async recountVotes(ideaId: string): Promise<void> {
    const [idea] = await this.db.query<Array<{ authorId: string; boardId: string }>>(
      `SELECT author_id AS "authorId", board_id AS "boardId" FROM ideas WHERE id = $1`,
      [ideaId],
    );
    if (!idea) return;
    await this.db.transaction((tx) =>
      setAward(tx, { userId: idea.authorId, reason: 'votes', subjectId: ideaId, boardId: idea.boardId }, (t) =>
        votePointsOf(t, ideaId, idea.authorId),
      ),
    );
  }

  private async onStatusChanged(e: DomainEvents['idea.status_changed']): Promise<void> {
    const [row] = await this.db.query<Array<{ key: string; authorId: string }>>(
      `SELECT s.key, i.author_id AS "authorId" FROM statuses s JOIN ideas i ON i.id = $2 WHERE s.id = $1`,
      [e.toStatusId, e.ideaId],
    );
    if (!row || (row.key !== 'planned' && row.key !== 'done')) return;
    const reason = row.key;
    await this.db.transaction((tx) =>
      setAward(tx, { userId: row.authorId, reason, subjectId: e.ideaId, boardId: e.boardId }, async () =>
        reason === 'planned' ? POINTS.planned : POINTS.done,
      ),
    );
  }

  /**
   * Staff (moderators and up) or the idea's author mark a member's comment as a helpful answer;
   * nobody marks their own comment. The mark and the author's points are one transaction.
   */
  async markHelpful(viewer: Viewer | null, commentId: string, helpful: boolean): Promise<CommentModel> {
    const actor = requireViewer(viewer);
    if (!isUuid(commentId)) throw notFound('Comment');
    const [comment] = await this.db.query<Array<{ ideaId: string; authorId: string }>>(
      `SELECT idea_id AS "ideaId", author_id AS "authorId" FROM comments WHERE id = $1 AND deleted_at IS NULL`,
      [commentId],
    );
    const idea = comment ? await this.ideas.find(actor, comment.ideaId) : null;
    if (!comment || !idea) throw notFound('Comment');
    if (!isStaff(actor) && idea.authorId !== actor.id) {
      throw forbidden('Only staff or the idea’s author can mark helpful answers.', 'NOT_IDEA_AUTHOR');
    }
    if (comment.authorId === actor.id) {
      throw forbidden('You cannot mark your own comment as a helpful answer.', 'OWN_COMMENT');
    }
    return this.db.transaction(async (tx) => {
      const [updated] = await rows<CommentModel>(
        tx,
        `UPDATE comments c SET helpful_at = CASE WHEN $2 THEN coalesce(helpful_at, now()) END,
                helpful_by_id = CASE WHEN $2 THEN coalesce(helpful_by_id, $3) END
          WHERE c.id = $1 AND c.deleted_at IS NULL RETURNING ${COMMENT_COLUMNS}`,
        [commentId, helpful, actor.id],
      );
      if (!updated) throw notFound('Comment');
      await setAward(
        tx,
        { userId: comment.authorId, reason: 'helpful', subjectId: commentId, boardId: idea.boardId },
        async () => (helpful ? POINTS.helpful : 0),
      );
      return updated;
    });
  }

  /** Top members of a board by points earned there (all time or awarded in the last 30 days). */
  async leaderboard(
    viewer: Viewer | null,
    boardSlug: string,
    period: LeaderboardPeriod,
    first: number,
  ): Promise<Array<{ rank: number; userId: string; points: number }>> {
    const board = await this.boards.getVisible(viewer, boardSlug);
    const limit = Math.max(0, Math.min(first, 100));
    return this.db.query(
      `SELECT (row_number() OVER (ORDER BY sum(points) DESC, user_id))::int AS rank, user_id AS "userId",
              sum(points)::int AS points
         FROM reputation_awards
        WHERE board_id = $1 AND ($2 OR awarded_at > now() - interval '30 days')
        GROUP BY user_id HAVING sum(points) > 0
        ORDER BY points DESC, user_id LIMIT $3`,
      [board.id, period === LeaderboardPeriod.ALL_TIME, limit],
    );
  }
}
