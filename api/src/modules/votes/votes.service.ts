import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireParticipant, requireViewer } from '../../common/auth/roles.js';
import { DomainEventBus } from '../../common/events/domain-events.js';
import type { Viewer } from '../../graphql/context.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS, IdeasService } from '../ideas/ideas.service.js';
import { castVoteInTransaction, retractVoteInTransaction, type VoteWrite } from './vote-writes.js';

/**
 * Votes: one per member per idea, enforced by the votes primary key. The counter on the idea
 * moves in the same statement as the row it counts, and only when a row was really inserted
 * or deleted, so `vote_count = count(*)` holds under any concurrency. Events only when
 * something changed (a repeated cast is not a second `vote.cast`).
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
    const member = requireParticipant(viewer);
    await this.ideas.get(member, ideaId); // NOT_FOUND for unknown, deleted and invisible ideas
    const { changed, idea } = await this.write((tx) => castVoteInTransaction(tx, ideaId, member.id), ideaId);
    if (changed) this.events.emit('vote.cast', { ideaId, userId: member.id, voteCount: idea.voteCount });
    return idea;
  }

  /** Withdraws the viewer's vote; retracting a vote that isn't there is a no-op. */
  async retract(viewer: Viewer | null, ideaId: string): Promise<IdeaModel> {
    const member = requireViewer(viewer);
    await this.ideas.get(member, ideaId);
    const { changed, idea } = await this.write((tx) => retractVoteInTransaction(tx, ideaId, member.id), ideaId);
    if (changed) this.events.emit('vote.retracted', { ideaId, userId: member.id, voteCount: idea.voteCount });
    return idea;
  }

  /** See {@link castVoteInTransaction}: the author's own vote inside submitIdea's transaction. */
  castInTransaction(tx: EntityManager, ideaId: string, userId: string): Promise<VoteWrite> {
    return castVoteInTransaction(tx, ideaId, userId);
  }

  private write(
    change: (tx: EntityManager) => Promise<VoteWrite>,
    ideaId: string,
  ): Promise<{ changed: boolean; idea: IdeaModel }> {
    return this.db.transaction(async (tx) => {
      const { changed } = await change(tx);
      const [idea] = await tx.query<IdeaModel[]>(`SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.id = $1`, [ideaId]);
      return { changed, idea };
    });
  }
}
