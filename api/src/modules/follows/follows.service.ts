import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { rows } from '../../core/sql/rows.js';
import { requireViewer } from '../../core/viewer.js';
import type { Viewer } from '../../core/viewer.js';
import { BoardsService } from '../boards/boards.service.js';
import type { BoardModel } from '../boards/board.model.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { autoFollowSql } from './follow.sql.js';

/**
 * Who follows what. Following an idea means hearing about its status changes and official
 * responses; following a board means the same for every idea on it. Submitting, voting on or
 * commenting on an idea follows it — done by jobs of that action's event (idea.submitted,
 * comment.posted; idempotent: following twice is one follow; a vote follows in its own statement), unless the member explicitly unfollowed the
 * idea before: an unfollow is remembered, a later vote does not silently undo it.
 */
@Injectable()
export class FollowsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly boards: BoardsService,
    private readonly events: DomainEventBus,
  ) {}

  onModuleInit(): void {
    this.events.handle('idea.submitted', 'follows', (e) => this.autoFollow(e.ideaId, e.authorId));
    this.events.handle('comment.posted', 'follows', (e) => this.autoFollow(e.ideaId, e.authorId));
  }

  async followIdea(viewer: Viewer | null, ideaId: string): Promise<IdeaModel> {
    const member = requireViewer(viewer);
    const idea = await this.ideas.get(member, ideaId);
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM idea_unfollows WHERE idea_id = $1 AND user_id = $2`, [idea.id, member.id]);
      await tx.query(`INSERT INTO idea_follows (idea_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        idea.id,
        member.id,
      ]);
    });
    return idea;
  }

  async unfollowIdea(viewer: Viewer | null, ideaId: string): Promise<IdeaModel> {
    const member = requireViewer(viewer);
    const idea = await this.ideas.get(member, ideaId);
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM idea_follows WHERE idea_id = $1 AND user_id = $2`, [idea.id, member.id]);
      await tx.query(`INSERT INTO idea_unfollows (idea_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        idea.id,
        member.id,
      ]);
    });
    return idea;
  }

  async followBoard(viewer: Viewer | null, boardSlug: string): Promise<BoardModel> {
    const member = requireViewer(viewer);
    const board = await this.boards.getVisible(member, boardSlug);
    await this.db.query(`INSERT INTO board_follows (board_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      board.id,
      member.id,
    ]);
    return board;
  }

  async unfollowBoard(viewer: Viewer | null, boardSlug: string): Promise<BoardModel> {
    const member = requireViewer(viewer);
    const board = await this.boards.getVisible(member, boardSlug);
    await this.db.query(`DELETE FROM board_follows WHERE board_id = $1 AND user_id = $2`, [board.id, member.id]);
    return board;
  }

  /** Follows unless the member unfollowed this idea explicitly before. */
  async autoFollow(ideaId: string, userId: string): Promise<void> {
    await this.db.query(autoFollowSql('$1::uuid', '$2::uuid'), [ideaId, userId]);
  }

  /**
   * Inside a merge's transaction: the source's idea followers follow the target too (unless they
   * explicitly unfollowed the target). The rows added are recorded with their created_at, so
   * `dropMergedFollows` removes exactly those: a member who unfollowed and followed the target
   * again since keeps that newer follow. Returns who now follows the target because of the merge.
   */
  async carryFollowsOver(tx: EntityManager, mergeId: string, sourceId: string, targetId: string): Promise<string[]> {
    const added = await tx.query<Array<{ userId: string }>>(
      `WITH added AS (
         INSERT INTO idea_follows (idea_id, user_id)
         SELECT $2, f.user_id FROM idea_follows f
          WHERE f.idea_id = $1
            AND NOT EXISTS (SELECT 1 FROM idea_unfollows u WHERE u.idea_id = $2 AND u.user_id = f.user_id)
         ON CONFLICT DO NOTHING
         RETURNING user_id, created_at
       )
       INSERT INTO merge_moved_follows (merge_id, user_id, created_at)
       SELECT $3, user_id, created_at FROM added RETURNING user_id AS "userId"`,
      [sourceId, targetId, mergeId],
    );
    return added.map((a) => a.userId);
  }

  /** Inside an unmerge's transaction: removes the target follows that merge `mergeId` added. */
  async dropMergedFollows(tx: EntityManager, mergeId: string, targetId: string): Promise<string[]> {
    const removed = await rows<{ userId: string }>(
      tx,
      `DELETE FROM idea_follows f USING merge_moved_follows m
        WHERE m.merge_id = $1 AND f.idea_id = $2 AND f.user_id = m.user_id AND f.created_at = m.created_at
        RETURNING f.user_id AS "userId"`,
      [mergeId, targetId],
    );
    return removed.map((r) => r.userId);
  }
}
