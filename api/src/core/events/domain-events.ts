import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/** Every domain event and its payload. Emitted only after the write that caused it committed. */
export interface DomainEvents {
  'idea.submitted': { ideaId: string; boardId: string; authorId: string };
  'idea.updated': { ideaId: string; actorId: string };
  'idea.deleted': { ideaId: string; actorId: string };
  'idea.status_changed': {
    ideaId: string;
    boardId: string;
    fromStatusId: string;
    toStatusId: string;
    actorId: string;
    note: string;
    /** The status_changes row written with it (notifications key on it: one per change). */
    statusChangeId: string;
  };
  /**
   * `sourceId` was merged into `targetId`. `backerIds`: everyone backing the source (notify them).
   * `movedVoterIds`: the members whose vote was added to the target by this merge (members who
   * already backed the target are not in it). Followers move inside the merge's transaction.
   */
  'idea.merged': {
    mergeId: string;
    sourceId: string;
    targetId: string;
    boardId: string;
    actorId: string;
    backerIds: string[];
    movedVoterIds: string[];
    targetVoteCount: number;
  };
  /** A merge was undone: `removedVoterIds` lost the vote the merge had added to the target. */
  'idea.unmerged': {
    mergeId: string;
    sourceId: string;
    targetId: string;
    boardId: string;
    actorId: string;
    removedVoterIds: string[];
    targetVoteCount: number;
  };
  'vote.cast': { ideaId: string; userId: string; voteCount: number };
  'vote.retracted': { ideaId: string; userId: string; voteCount: number };
  'comment.posted': { commentId: string; ideaId: string; authorId: string; parentId: string | null; official: boolean };
  'comment.edited': { commentId: string; ideaId: string; authorId: string };
  'comment.deleted': { commentId: string; ideaId: string; actorId: string };
}

export type DomainEventName = keyof DomainEvents;

/**
 * In-process event bus. Listeners (notifications, reputation, live subscriptions, ...)
 * run after the emitting request's transaction committed; a failing listener is logged
 * and never fails the request that emitted the event.
 */
@Injectable()
export class DomainEventBus {
  private readonly emitter = new EventEmitter({ captureRejections: true });
  private readonly logger = new Logger(DomainEventBus.name);

  emit<E extends DomainEventName>(event: E, payload: DomainEvents[E]): void {
    for (const listener of this.emitter.listeners(event)) {
      Promise.resolve()
        .then(() => (listener as (p: DomainEvents[E]) => unknown)(payload))
        .catch((error: unknown) => this.logger.error({ err: error, event }, 'domain event listener failed'));
    }
  }

  on<E extends DomainEventName>(event: E, listener: (payload: DomainEvents[E]) => unknown): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}
