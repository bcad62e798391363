import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../core/errors.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { requireParticipant, requireViewer, type Viewer } from '../../core/viewer.js';
import { canReadIdea, ideaInScope, viewerAudience } from '../access/access.js';
import { autoFollowSql } from '../follows/follow.sql.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS } from '../ideas/idea.sql.js';
import {
  castVoteInTransaction,
  mustTakeVotes,
  retractVoteInTransaction,
  type VotableState,
  type VoteWrite,
} from './vote-writes.js';
import { RateLimitsService } from '../rate-limits/rate-limits.service.js';

/**
 * Votes: one per member per idea, enforced by the votes primary key. The counter on the idea
 * moves in the same statement as the row it counts, and only when a row was really inserted
 * or deleted, so `vote_count = count(*)` holds under any concurrency. Events only when
 * something changed (a repeated cast is not a second `vote.cast`), in the vote's transaction.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly db: DataSource,
    private readonly events: DomainEventBus,
    private readonly rateLimits: RateLimitsService,
  ) {}

  /**
   * Backs an idea. Casting again is not an error and not a second vote. One statement, its own
   * transaction: the visibility check, the vote with its counters (vote_cast: see
   * castVoteInTransaction), the voter's follow and the event's jobs — the same work however many
   * votes the idea has.
   */
  async cast(viewer: Viewer | null, ideaId: string): Promise<IdeaModel> {
    const member = requireParticipant(viewer);
    await this.rateLimits.consumeWrite('vote', member.id);
    if (!isUuid(ideaId)) throw notFound('Idea');
    const params: unknown[] = [ideaId, member.id];
    const who = viewerAudience(member, params);
    const jobs = this.events.emitSql(
      'vote.cast',
      `jsonb_build_object('ideaId', i.id, 'userId', $2::uuid, 'voteCount', i.vote_count, 'boardId', i.board_id)`,
      `(SELECT (v.idea).* FROM v WHERE v.changed) i`,
    );
    const [row] = await rows<IdeaModel & VotableState & { found: boolean; changed: boolean; jobs?: number }>(
      this.db,
      `WITH visible AS MATERIALIZED (
         SELECT i.id FROM ideas i JOIN boards b ON b.id = i.board_id WHERE i.id = $1 AND ${ideaInScope('readable', who)}),
       v AS (SELECT v.* FROM visible, vote_cast(visible.id, $2) v),
       follow AS (${autoFollowSql('(v.idea).id', '$2::uuid', '(SELECT * FROM v WHERE v.changed) v')})
       ${jobs ? `, jobs AS (${jobs})` : ''}
       SELECT v.found, v.merged, v.accepts_votes AS "acceptsVotes", v.changed,
              ${jobs ? '(SELECT count(*)::int FROM jobs) AS jobs,' : ''} ${IDEA_COLUMNS}
         FROM v CROSS JOIN LATERAL (SELECT (v.idea).*) i`,
      params,
    );
    mustTakeVotes(row?.found ? row : undefined);
    const { found: _found, merged: _merged, acceptsVotes: _accepts, changed, jobs: _jobs, ...idea } = row;
    if (changed)
      this.events.committed('vote.cast', {
        ideaId,
        userId: member.id,
        voteCount: idea.voteCount,
        boardId: idea.boardId,
      });
    return idea;
  }

  /** Withdraws the viewer's vote; retracting a vote that isn't there is a no-op. */
  async retract(viewer: Viewer | null, ideaId: string): Promise<IdeaModel> {
    const member = requireViewer(viewer);
    await this.mustRead(member, ideaId);
    return this.write(ideaId, async (tx) => {
      const { changed } = await retractVoteInTransaction(tx, ideaId, member.id);
      return changed
        ? ({ voteCount, boardId }) =>
            this.events.emit(tx, 'vote.retracted', { ideaId, userId: member.id, voteCount, boardId })
        : null;
    });
  }

  /** See {@link castVoteInTransaction}: the author's own vote inside submitIdea's transaction. */
  castInTransaction(tx: EntityManager, ideaId: string, userId: string): Promise<VoteWrite> {
    return castVoteInTransaction(tx, ideaId, userId);
  }

  /** NOT_FOUND for unknown, deleted and invisible ideas alike. */
  private async mustRead(viewer: Viewer, ideaId: string): Promise<void> {
    if (!(await canReadIdea(this.db, viewer, ideaId))) throw notFound('Idea');
  }

  /** `change` writes the vote and, when something changed, says how to record the event (given the idea after it). */
  private write(
    ideaId: string,
    change: (tx: EntityManager) => Promise<((idea: IdeaModel) => Promise<void>) | null>,
  ): Promise<IdeaModel> {
    return this.db.transaction(async (tx) => {
      const record = await change(tx);
      const [idea] = await tx.query<IdeaModel[]>(`SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.id = $1`, [ideaId]);
      await record?.(idea);
      return idea;
    });
  }
}
