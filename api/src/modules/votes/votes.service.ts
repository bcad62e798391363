import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireViewer } from '../../common/auth/roles.js';
import { DomainEventBus } from '../../common/events/domain-events.js';
import type { Viewer } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { rows } from '../../database/sql.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS, IdeasService } from '../ideas/ideas.service.js';

/** What a vote write did: whether a row was added/removed, and the idea after the write. */
export interface VoteChange {
  changed: boolean;
  idea: IdeaModel;
}

/**
 * Votes: one per member per idea, enforced by the votes primary key. The counter on the idea
 * moves in the same statement as the row it counts, and only when a row was really inserted
 * or deleted, so `vote_count = count(*)` holds under any concurrency.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly events: DomainEventBus,
  ) {}

  /** Backs an idea. Casting again is not an error and not a second vote. */
  async cast(viewer: Viewer | null, ideaId: string): Promise<IdeaModel> {
    const member = requireViewer(viewer);
    await this.ideas.get(member, ideaId); // NOT_FOUND for unknown, deleted and invisible ideas
    const { changed, idea } = await this.db.transaction((tx) => this.castInTransaction(tx, ideaId, member.id));
    if (changed) this.events.emit('vote.cast', { ideaId, userId: member.id, voteCount: idea.voteCount });
    return idea;
  }

  /** Withdraws the viewer's vote; retracting a vote that isn't there is a no-op. */
  async retract(viewer: Viewer | null, ideaId: string): Promise<IdeaModel> {
    const member = requireViewer(viewer);
    await this.ideas.get(member, ideaId);
    const { changed, idea } = await this.db.transaction(async (tx) => {
      await this.lockVotable(tx, ideaId);
      const [updated] = await rows<IdeaModel & { changed: boolean }>(
        tx,
        `WITH del AS (DELETE FROM votes WHERE idea_id = $1 AND user_id = $2 RETURNING 1)
         UPDATE ideas i SET vote_count = vote_count - (SELECT count(*) FROM del)
          WHERE i.id = $1
          RETURNING ${IDEA_COLUMNS}, EXISTS (SELECT 1 FROM del) AS changed`,
        [ideaId, member.id],
      );
      return split(updated);
    });
    if (changed) this.events.emit('vote.retracted', { ideaId, userId: member.id, voteCount: idea.voteCount });
    return idea;
  }

  /**
   * Casts `userId`'s vote inside the caller's transaction (e.g. submitIdea, where the author
   * backs their own idea): locks the idea row, refuses deleted (NOT_FOUND), merged
   * (CONFLICT IDEA_MERGED) and closed-for-voting (CONFLICT VOTING_CLOSED) ideas, inserts the
   * vote once (ON CONFLICT DO NOTHING) and, only when a row was inserted, increments
   * vote_count and adds the vote to trend_score, in one statement.
   *
   * It does NOT check board visibility (the caller knows the viewer may see the idea) and does
   * NOT emit `vote.cast`: events go out after commit, so the caller emits if it wants to.
   * The idea row may have been inserted earlier in the same transaction.
   */
  async castInTransaction(tx: EntityManager, ideaId: string, userId: string): Promise<VoteChange> {
    await this.lockVotable(tx, ideaId);
    const [updated] = await rows<IdeaModel & { changed: boolean }>(
      tx,
      `WITH ins AS (
         INSERT INTO votes (idea_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1
       )
       UPDATE ideas i
          SET vote_count = vote_count + (SELECT count(*) FROM ins),
              trend_score = CASE WHEN EXISTS (SELECT 1 FROM ins) THEN trend_add(trend_score, now()) ELSE trend_score END
        WHERE i.id = $1
        RETURNING ${IDEA_COLUMNS}, EXISTS (SELECT 1 FROM ins) AS changed`,
      [ideaId, userId],
    );
    return split(updated);
  }

  /**
   * Locks the idea row for the rest of the transaction (so a concurrent status change or merge
   * is seen before, or waits for, this vote) and checks it still accepts votes.
   */
  private async lockVotable(tx: EntityManager, ideaId: string): Promise<void> {
    const [idea] = await tx.query<Array<{ mergedIntoId: string | null; acceptsVotes: boolean }>>(
      `SELECT i.merged_into_id AS "mergedIntoId", s.accepts_votes AS "acceptsVotes"
         FROM ideas i JOIN statuses s ON s.id = i.status_id
        WHERE i.id = $1 AND i.deleted_at IS NULL
          FOR NO KEY UPDATE OF i`,
      [ideaId],
    );
    if (!idea) throw notFound('Idea');
    if (idea.mergedIntoId) {
      throw new AppError('CONFLICT', 'IDEA_MERGED', 'This idea was merged into another one; vote there instead.');
    }
    if (!idea.acceptsVotes) throw new AppError('CONFLICT', 'VOTING_CLOSED', 'This idea is closed for voting.');
  }
}

function split({ changed, ...idea }: IdeaModel & { changed: boolean }): VoteChange {
  return { changed, idea };
}
