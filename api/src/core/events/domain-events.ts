import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { JobQueue, type ConditionalJob, type JobContext } from '../jobs/job-queue.js';

/** Every domain event and its payload (plain JSON: it is stored as a job). Emitted in the write's transaction. */
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
  /** `boardId` saves live boards a lookup per vote (absent in jobs enqueued before it was added). */
  'vote.cast': { ideaId: string; userId: string; voteCount: number; boardId?: string };
  'vote.retracted': { ideaId: string; userId: string; voteCount: number; boardId?: string };
  'comment.posted': { commentId: string; ideaId: string; authorId: string; parentId: string | null; official: boolean };
  'comment.edited': { commentId: string; ideaId: string; authorId: string };
  'comment.deleted': { commentId: string; ideaId: string; actorId: string };
  /** Release notes went public: backers of its linked ideas are told, once each. */
  'changelog.published': { entryId: string; actorId: string };
}

export type DomainEventName = keyof DomainEvents;

/**
 * Domain events, emitted with `emit(tx, event, payload)` inside the transaction of the change.
 * Two kinds of listeners:
 * - `handle(event, name, handler)`: follow-up work (notifications, follows, reputation,
 *   webhooks) as durable jobs. `emit` enqueues one job per handler (job `<event>:<name>`) in
 *   the same transaction, so the work exists exactly when the change committed, survives a
 *   crash, and each handler retries on its own. Handlers must be idempotent (a retried or
 *   reclaimed job runs again).
 * - `on(event, listener)`: live, in-process and fire-and-forget (live subscriptions), called
 *   right after the commit; nothing if it rolled back, and a failing listener is only logged.
 */
@Injectable()
export class DomainEventBus {
  private readonly logger = new Logger(DomainEventBus.name);
  private readonly jobsOf = new Map<DomainEventName, ConditionalJob[]>();
  private readonly live = new EventEmitter();
  /** Live events of transactions still open, announced when they commit. */
  private readonly pending = new WeakMap<QueryRunner, Array<() => void>>();

  constructor(
    private readonly jobs: JobQueue,
    db: DataSource,
  ) {
    this.live.setMaxListeners(0);
    db.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => {
        if (queryRunner.isTransactionActive) return; // a savepoint: the transaction goes on
        const announce = this.pending.get(queryRunner);
        this.pending.delete(queryRunner);
        for (const fn of announce ?? []) fn();
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
      },
    });
  }

  async emit<E extends DomainEventName>(tx: EntityManager, event: E, payload: DomainEvents[E]): Promise<void> {
    const runner = tx.queryRunner;
    if (!runner?.isTransactionActive) throw new Error(`${event} must be emitted inside the change's transaction`);
    const jobs = this.jobsOf.get(event) ?? [];
    if (jobs.length > 0) await tx.query(this.jobs.enqueueSql(jobs, '$1::jsonb'), [JSON.stringify(payload)]);
    if (this.live.listenerCount(event) === 0) return;
    const announce = this.pending.get(runner) ?? [];
    announce.push(() => this.announce(event, payload));
    this.pending.set(runner, announce);
  }

  /**
   * For a write that is one statement (its own transaction): a statement enqueuing the event's
   * jobs, to embed as a CTE, with the payload as a jsonb SQL expression over `from` (one event per
   * row; none when `from` is empty). Call `committed` with the payload once the statement returned.
   */
  emitSql(event: DomainEventName, payloadSql: string, from: string): string | null {
    const jobs = this.jobsOf.get(event) ?? [];
    return jobs.length > 0 ? this.jobs.enqueueSql(jobs, payloadSql, from) : null;
  }

  /** Live listeners of an event whose write (see `emitSql`) has committed. */
  committed<E extends DomainEventName>(event: E, payload: DomainEvents[E]): void {
    if (this.live.listenerCount(event) > 0) this.announce(event, payload);
  }

  /**
   * Durable follow-up work; `name` (the feature, e.g. `notifications`) names the job: keep it
   * stable. `job.jobId` is the same on every retry of one event's job (an idempotency key).
   * `options.when`, a SQL condition over `payload` (the event's jsonb), skips the job where it
   * would do nothing (a count past a milestone, no webhook wanting the event): evaluated in the
   * write's transaction, so no job runs only to find there is nothing to do.
   */
  handle<E extends DomainEventName>(
    event: E,
    name: string,
    handler: (payload: DomainEvents[E], job: JobContext) => Promise<unknown>,
    options: { when?: string } = {},
  ): void {
    const job = `${event}:${name}`;
    this.jobs.define<DomainEvents[E]>(job, handler);
    this.jobsOf.set(event, [...(this.jobsOf.get(event) ?? []), { name: job, when: options.when }]);
  }

  /** A live listener, called after each commit that emitted `event`; returns how to stop listening. */
  on<E extends DomainEventName>(event: E, listener: (payload: DomainEvents[E]) => unknown): () => void {
    this.live.on(event, listener);
    return () => this.live.off(event, listener);
  }

  private announce<E extends DomainEventName>(event: E, payload: DomainEvents[E]): void {
    for (const listener of this.live.listeners(event)) {
      try {
        const result = (listener as (p: DomainEvents[E]) => unknown)(payload);
        if (result instanceof Promise) {
          result.catch((error: unknown) => this.logger.error({ err: error, event }, 'live event listener failed'));
        }
      } catch (error) {
        this.logger.error({ err: error, event }, 'live event listener failed');
      }
    }
  }
}
