import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DomainEventBus, type DomainEventName, type DomainEvents } from '../../core/events/domain-events.js';
import { LiveTopic, mapLive } from '../../core/live/live-topic.js';
import type { RequestLoaders } from '../../core/request-loaders.js';
import type { Viewer } from '../../core/viewer.js';
import { ideaInScope, viewerAudience } from '../access/access.js';
import { BoardsService } from '../boards/boards.service.js';
import { ideaLoaders } from '../ideas/idea.loaders.js';
import { IdeaChangeKind, type IdeaChangeModel } from './idea-change.model.js';

/** The Redis channel every instance shares for idea changes. */
export const IDEA_CHANGE_CHANNEL = 'chorus:ideas';

/**
 * What travels between instances: which idea of which board changed, and how. No content: each
 * subscriber's instance reads the idea for that subscriber, with their rights, when it arrives.
 */
export interface IdeaChangeSignal {
  boardId: string;
  ideaId: string;
  kind: IdeaChangeKind;
}

/** An idea that changed, how, and its board when the event carries it (else it is looked up). */
type Change = [ideaId: string, kind: IdeaChangeKind, boardId?: string];

/** How each domain event changes the ideas shown on a board. */
const SIGNALS: { [E in DomainEventName]?: (p: DomainEvents[E]) => Change[] } = {
  'idea.submitted': (p) => [[p.ideaId, IdeaChangeKind.ADDED]],
  'idea.updated': (p) => [[p.ideaId, IdeaChangeKind.UPDATED]],
  'idea.deleted': (p) => [[p.ideaId, IdeaChangeKind.REMOVED]],
  'idea.status_changed': (p) => [[p.ideaId, IdeaChangeKind.UPDATED]],
  'idea.merged': (p) => [
    [p.sourceId, IdeaChangeKind.REMOVED],
    [p.targetId, IdeaChangeKind.UPDATED],
  ],
  'idea.unmerged': (p) => [
    [p.sourceId, IdeaChangeKind.ADDED],
    [p.targetId, IdeaChangeKind.UPDATED],
  ],
  'vote.cast': (p) => [[p.ideaId, IdeaChangeKind.UPDATED, p.boardId]],
  'vote.retracted': (p) => [[p.ideaId, IdeaChangeKind.UPDATED, p.boardId]],
  'comment.posted': (p) => [[p.ideaId, IdeaChangeKind.UPDATED]],
  'comment.deleted': (p) => [[p.ideaId, IdeaChangeKind.UPDATED]],
};

/**
 * Live boards (`ideaChanged`): after each commit that changes an idea, a signal goes to every
 * instance (Redis, or in-process); each instance reads the idea for each of its subscribers to
 * that board with the subscriber's own rights (ideas/idea.loaders byId('readable'), which applies
 * modules/access), so a private board, a pending or hidden idea reach only those who may see them.
 */
@Injectable()
export class BoardChangesService implements OnModuleInit, OnModuleDestroy {
  private readonly topic = new LiveTopic<IdeaChangeSignal>({
    channel: IDEA_CHANGE_CHANNEL,
    keyOf: (signal) => `board:${signal.boardId}`,
    parse: parseSignal,
  });
  private readonly stopListening: Array<() => void> = [];

  constructor(
    private readonly db: DataSource,
    private readonly boards: BoardsService,
    private readonly events: DomainEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.topic.start(this.config.redisUrl);
    for (const [event, signals] of Object.entries(SIGNALS) as Array<[DomainEventName, (p: unknown) => never]>) {
      this.stopListening.push(this.events.on(event, (payload) => this.publish(signals(payload))));
    }
  }

  async onModuleDestroy(): Promise<void> {
    for (const stop of this.stopListening) stop();
    await this.topic.stop();
  }

  /** Publishes the changes of one committed event, each with its idea's board (ideas never move boards). */
  private async publish(changes: Change[]): Promise<void> {
    const unknown = changes.filter(([, , boardId]) => !boardId).map(([id]) => id);
    const boards =
      unknown.length === 0
        ? []
        : await this.db.query<Array<{ id: string; boardId: string }>>(
            `SELECT id, board_id AS "boardId" FROM ideas WHERE id = ANY($1::uuid[])`,
            [unknown],
          );
    const boardOf = new Map(boards.map((row) => [row.id, row.boardId]));
    for (const [ideaId, kind, known] of changes) {
      const boardId = known ?? boardOf.get(ideaId);
      if (boardId) this.topic.publish({ boardId, ideaId, kind });
    }
  }

  /**
   * The changes on board `boardSlug` as `viewer` may see them (NOT_FOUND when they may not see
   * the board). `loaders` is the subscription's: cleared before each change is read.
   */
  async watch(
    viewer: Viewer | null,
    loaders: RequestLoaders,
    boardSlug: string,
  ): Promise<AsyncIterableIterator<IdeaChangeModel>> {
    const board = await this.boards.getVisible(viewer, boardSlug);
    return mapLive(this.topic.subscribe(`board:${board.id}`), async (signal) => {
      loaders.clear();
      const idea = await loaders.get(ideaLoaders).byId('readable').load(signal.ideaId);
      if (idea) {
        // A merged idea stays readable (it points to its target) but leaves the list.
        if (idea.mergedIntoId) return { kind: IdeaChangeKind.REMOVED, ideaId: idea.id, idea };
        // Staff read hidden and pending ideas, but no list shows them: not new to anyone.
        if (signal.kind === IdeaChangeKind.ADDED && (idea.hidden || idea.pending)) return null;
        return { kind: signal.kind, ideaId: idea.id, idea };
      }
      if (signal.kind !== IdeaChangeKind.REMOVED) return null;
      return (await this.couldReadBeforeRemoval(viewer, signal.ideaId))
        ? { kind: IdeaChangeKind.REMOVED, ideaId: signal.ideaId, idea: null }
        : null;
    });
  }

  /** A deleted idea's removal is news only to those who could read it: the access rule, ignoring the deletion. */
  private async couldReadBeforeRemoval(viewer: Viewer | null, ideaId: string): Promise<boolean> {
    const params: unknown[] = [ideaId];
    const who = viewerAudience(viewer, params);
    const found = await this.db.query<unknown[]>(
      `SELECT 1 FROM (SELECT id, board_id, author_id, hidden_at, pending_at, NULL::timestamptz AS deleted_at
                        FROM ideas WHERE id = $1) i
         JOIN boards b ON b.id = i.board_id
        WHERE ${ideaInScope('readable', who)}`,
      params,
    );
    return found.length > 0;
  }

  /** Subscriptions to `boardId` on this instance (tests wait for one to be live). */
  listenerCount(boardId: string): number {
    return this.topic.listenerCount(`board:${boardId}`);
  }
}

function parseSignal(decoded: unknown): IdeaChangeSignal | null {
  const s = decoded as Partial<IdeaChangeSignal> | null;
  const known = Object.values(IdeaChangeKind) as string[];
  return typeof s?.boardId === 'string' && typeof s.ideaId === 'string' && known.includes(s.kind as string)
    ? (s as IdeaChangeSignal)
    : null;
}
