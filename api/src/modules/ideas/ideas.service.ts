import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../core/errors.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { isStaff, requireParticipant, requireViewer, type Viewer } from '../../core/viewer.js';
import { boardVisibleTo, ideaInScope, viewerAudience } from '../access/access.js';
import { AuditService } from '../audit/audit.service.js';
import { BoardsService } from '../boards/boards.service.js';
import { VotesService } from '../votes/votes.service.js';
import type { SubmitIdeaInput, UpdateIdeaInput } from './dto/idea.inputs.js';
import { cleanIdeaFields, mayDeleteIdea, mayEditIdea } from './idea-rules.js';
import type { IdeaModel } from './idea.model.js';
import { IDEA_COLUMNS } from './idea.sql.js';
import { RateLimitsService } from '../rate-limits/rate-limits.service.js';

/** One idea: reading it on its own page, and the writes (submit, edit, delete). */
@Injectable()
export class IdeasService {
  constructor(
    private readonly db: DataSource,
    private readonly boards: BoardsService,
    private readonly votes: VotesService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
    private readonly rateLimits: RateLimitsService,
  ) {}

  /** One visible idea, or NOT_FOUND for deleted ideas, private boards and random ids alike. */
  async get(viewer: Viewer | null, id: string): Promise<IdeaModel> {
    const idea = await this.find(viewer, id);
    if (!idea) throw notFound('Idea');
    return idea;
  }

  /** The idea if `viewer` may read it (modules/access: hidden for staff, pending for staff and its author). */
  async find(viewer: Viewer | null, id: string): Promise<IdeaModel | null> {
    if (!isUuid(id)) return null;
    const params: unknown[] = [id];
    const who = viewerAudience(viewer, params);
    const [idea] = await this.db.query<IdeaModel[]>(
      `SELECT ${IDEA_COLUMNS} FROM ideas i JOIN boards b ON b.id = i.board_id
        WHERE i.id = $1 AND ${ideaInScope('readable', who)}`,
      params,
    );
    return idea ?? null;
  }

  /**
   * Posts a new idea in the board's `open` status. The author backs it at once, through the
   * same vote write as castVote, in the same transaction as the idea.
   */
  async submit(viewer: Viewer | null, input: SubmitIdeaInput): Promise<IdeaModel> {
    const author = requireParticipant(viewer);
    await this.rateLimits.consumeWrite('idea', author.id);
    const board = await this.boards.getVisible(author, input.boardSlug);
    const { value, errors } = cleanIdeaFields({ title: input.title, body: input.body ?? '', tags: input.tags ?? [] });
    if (Object.keys(errors).length > 0) throw badInput(errors);

    const idea = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO ideas (board_id, author_id, status_id, title, body, tags, vote_count, trend_score, pending_at)
         SELECT $1, $2, s.id, $3, $4, $5, 0, -1e6,
                -- Pre-moderation: a member's first idea on such a board waits for a moderator.
                CASE WHEN $6 AND b.premoderate_first_idea AND NOT EXISTS (
                  SELECT 1 FROM ideas o WHERE o.board_id = $1 AND o.author_id = $2 AND o.pending_at IS NULL
                ) THEN now() END
           FROM statuses s JOIN boards b ON b.id = s.board_id WHERE s.board_id = $1 AND s.key = 'open'
         RETURNING id`,
        [board.id, author.id, value.title, value.body, value.tags, !isStaff(author)],
      );
      if (!row) throw new Error(`board ${board.id} has no 'open' status`);
      // The author's own vote: vote_count 0 → 1 and trend_score from "no activity" (-1e6).
      await this.votes.castInTransaction(tx, row.id, author.id);
      const [backed] = await tx.query<IdeaModel[]>(`SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.id = $1`, [row.id]);
      // A pending idea is announced when a moderator approves it (moderation's approveIdea).
      if (!backed.pending)
        await this.events.emit(tx, 'idea.submitted', {
          ideaId: backed.id,
          boardId: backed.boardId,
          authorId: author.id,
        });
      return backed;
    });
    return idea;
  }

  /**
   * Edits title, body or tags: the author until staff first change the status, moderators and
   * above always (idea-rules mayEditIdea).
   */
  async update(viewer: Viewer | null, input: UpdateIdeaInput): Promise<IdeaModel> {
    const actor = requireViewer(viewer);
    const { value, errors } = cleanIdeaFields(input);
    if (Object.keys(errors).length > 0) throw badInput(errors);

    const idea = await this.db.transaction(async (tx) => {
      const current = await this.lockVisible(tx, actor, input.id);
      if (!mayEditIdea(actor, current)) {
        if (current.authorId !== actor.id)
          throw forbidden('Only the author or a moderator can edit this idea', 'NOT_AUTHOR');
        throw forbidden('This idea can no longer be edited: the team has already reviewed it', 'EDIT_WINDOW_CLOSED');
      }
      const [row] = await rows<IdeaModel>(
        tx,
        `UPDATE ideas i SET title = coalesce($2, title), body = coalesce($3, body), tags = coalesce($4, tags),
                updated_at = now()
          WHERE id = $1 RETURNING ${IDEA_COLUMNS}`,
        [current.id, value.title ?? null, value.body ?? null, value.tags ?? null],
      );
      await this.events.emit(tx, 'idea.updated', { ideaId: row.id, actorId: actor.id });
      return row;
    });
    return idea;
  }

  /** Soft delete by the author or a moderator and above; the idea disappears from every list. */
  async remove(viewer: Viewer | null, id: string): Promise<boolean> {
    const actor = requireViewer(viewer);
    await this.db.transaction(async (tx) => {
      const current = await this.lockVisible(tx, actor, id);
      if (!mayDeleteIdea(actor, current)) {
        throw forbidden('Only the author or a moderator can delete this idea', 'NOT_AUTHOR');
      }
      await tx.query(`UPDATE ideas SET deleted_at = now() WHERE id = $1`, [current.id]);
      if (current.authorId !== actor.id) {
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'idea.deleted',
          subjectType: 'idea',
          subjectId: current.id,
          before: { deleted: false },
          after: { deleted: true },
        });
      }
      await this.events.emit(tx, 'idea.deleted', { ideaId: current.id, actorId: actor.id });
    });
    return true;
  }

  /** The idea row locked for the rest of the transaction, or NOT_FOUND (deleted, invisible, absent). */
  private async lockVisible(
    tx: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<{ id: string; authorId: string; staffTouched: boolean }> {
    if (!isUuid(id)) throw notFound('Idea');
    const params: unknown[] = [id];
    const who = viewerAudience(viewer, params);
    const [row] = await tx.query<Array<{ id: string; authorId: string; staffTouched: boolean }>>(
      `SELECT i.id, i.author_id AS "authorId", (i.staff_touched_at IS NOT NULL) AS "staffTouched"
         FROM ideas i JOIN boards b ON b.id = i.board_id
        WHERE i.id = $1 AND i.deleted_at IS NULL AND ${boardVisibleTo(who)}
          FOR UPDATE OF i`,
      params,
    );
    if (!row) throw notFound('Idea');
    return row;
  }
}
