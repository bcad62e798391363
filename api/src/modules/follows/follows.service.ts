import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireViewer } from '../../core/viewer.js';
import type { Viewer } from '../../core/viewer.js';
import { BoardsService } from '../boards/boards.service.js';
import type { BoardModel } from '../boards/board.model.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { EventTasks } from '../../core/events/event-tasks.js';

/**
 * Who follows what. Following an idea means hearing about its status changes and official
 * responses; following a board means the same for every idea on it. Submitting, voting on or
 * commenting on an idea follows it — done by listeners after the commit of that action
 * (idea.submitted, vote.cast, comment.posted), unless the member explicitly unfollowed the
 * idea before: an unfollow is remembered, a later vote does not silently undo it.
 */
@Injectable()
export class FollowsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly boards: BoardsService,
    private readonly tasks: EventTasks,
  ) {}

  onModuleInit(): void {
    this.tasks.on('idea.submitted', (e) => this.autoFollow(e.ideaId, e.authorId));
    this.tasks.on('vote.cast', (e) => this.autoFollow(e.ideaId, e.userId));
    this.tasks.on('comment.posted', (e) => this.autoFollow(e.ideaId, e.authorId));
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
    await this.db.query(
      `INSERT INTO idea_follows (idea_id, user_id)
       SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM idea_unfollows WHERE idea_id = $1 AND user_id = $2)
       ON CONFLICT DO NOTHING`,
      [ideaId, userId],
    );
  }
}
