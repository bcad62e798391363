import { isUuid } from '../../core/sql/uuid.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireRole } from '../../core/viewer.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { rows } from '../../core/sql/rows.js';
import type { Viewer } from '../../core/viewer.js';
import { DomainError, badInput, notFound, type FieldErrors } from '../../core/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { BoardsService } from '../boards/boards.service.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IdeasService } from '../ideas/ideas.service.js';
import type { ChangeIdeaStatusInput, CreateStatusInput, UpdateStatusInput } from './dto/status.inputs.js';
import type { RoadmapColumnModel } from './roadmap.model.js';
import type { StatusModel } from './status.model.js';

export const STATUS_COLUMNS = `s.id, s.board_id AS "boardId", s.key, s.name, s.color, s.position,
  s.accepts_votes AS "acceptsVotes", s.is_closed AS "isClosed", s.show_on_roadmap AS "showOnRoadmap"`;

const STATUS_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const COLOR = /^#[0-9a-f]{6}$/i;
export const NOTE_MAX = 5_000;

type StatusFields = Partial<Pick<StatusModel, 'name' | 'color' | 'position'>> & { key?: string };

/** Every problem with the status fields that are present, keyed by field. */
function statusFieldErrors(input: StatusFields): FieldErrors {
  const fields: FieldErrors = {};
  if (input.key !== undefined && !STATUS_KEY.test(input.key)) {
    fields.key = 'Key starts with a-z and uses a-z, 0-9 or _, at most 40 characters.';
  }
  if (input.name !== undefined && (input.name.length < 1 || input.name.length > 40)) {
    fields.name = 'Name needs 1 to 40 characters.';
  }
  if (input.color !== undefined && !COLOR.test(input.color)) fields.color = 'Colour must look like #rrggbb.';
  if (input.position !== undefined && (input.position < 0 || input.position > 1000)) {
    fields.position = 'Position must be between 0 and 1000.';
  }
  return fields;
}

@Injectable()
export class StatusesService {
  constructor(
    private readonly audit: AuditService,
    private readonly db: DataSource,
    private readonly boards: BoardsService,
    private readonly ideas: IdeasService,
    private readonly events: DomainEventBus,
  ) {}

  /**
   * Moves an idea to another status of its board (product managers and admins). The idea
   * update, the history row and the event are one transaction. Moving
   * to the current status changes nothing and writes no history.
   */
  async changeIdeaStatus(viewer: Viewer | null, input: ChangeIdeaStatusInput): Promise<IdeaModel> {
    const actor = requireRole(viewer, 'product_manager');
    const note = input.note ?? '';
    if ([...note].length > NOTE_MAX) throw badInput({ note: 'Note can have at most 5,000 characters.' });
    if (!isUuid(input.ideaId)) throw notFound('Idea');

    await this.db.transaction((tx) => this.changeInTransaction(tx, actor, input.ideaId, input.statusKey, note));
    return this.ideas.get(actor, input.ideaId);
  }

  /**
   * The status change itself, its history row, audit record and `idea.status_changed` event
   * (which notifies followers), inside the caller's transaction; `actor` was checked by the
   * caller (a product manager). Publishing release notes moves its ideas to done through it.
   */
  async changeInTransaction(
    tx: EntityManager,
    actor: Viewer,
    ideaId: string,
    statusKey: string,
    note: string,
  ): Promise<void> {
    if (!isUuid(ideaId)) throw notFound('Idea');
    const [idea] = await tx.query<Array<{ id: string; boardId: string; statusId: string; statusKey: string }>>(
      `SELECT i.id, i.board_id AS "boardId", i.status_id AS "statusId", s.key AS "statusKey"
         FROM ideas i JOIN statuses s ON s.id = i.status_id
        WHERE i.id = $1 AND i.deleted_at IS NULL FOR UPDATE OF i`,
      [ideaId],
    );
    if (!idea) throw notFound('Idea');
    const [target] = await tx.query<Array<{ id: string }>>(`SELECT id FROM statuses WHERE board_id = $1 AND key = $2`, [
      idea.boardId,
      statusKey,
    ]);
    if (!target) throw badInput({ statusKey: `This board has no status "${statusKey}".` });
    if (target.id === idea.statusId) return;
    await tx.query(`UPDATE ideas SET status_id = $2, staff_touched_at = now(), updated_at = now() WHERE id = $1`, [
      idea.id,
      target.id,
    ]);
    const [history] = await tx.query<Array<{ id: string }>>(
      `INSERT INTO status_changes (idea_id, from_status_id, to_status_id, changed_by_id, note)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [idea.id, idea.statusId, target.id, actor.id, note],
    );
    await this.audit.record(tx, {
      actorId: actor.id,
      action: 'idea.status_changed',
      subjectType: 'idea',
      subjectId: idea.id,
      before: { statusId: idea.statusId, statusKey: idea.statusKey },
      after: { statusId: target.id, statusKey, note },
    });
    await this.events.emit(tx, 'idea.status_changed', {
      ideaId: idea.id,
      boardId: idea.boardId,
      fromStatusId: idea.statusId,
      toStatusId: target.id,
      statusChangeId: history.id,
      actorId: actor.id,
      note,
    });
  }

  /** A new status on a board (admins); a key already used on the board is a CONFLICT. */
  async create(viewer: Viewer | null, input: CreateStatusInput): Promise<StatusModel> {
    requireRole(viewer, 'admin');
    const board = await this.boards.getVisible(viewer, input.boardSlug);
    const fields = statusFieldErrors({
      key: input.key,
      name: input.name.trim(),
      color: input.color,
      position: input.position ?? undefined,
    });
    if (Object.keys(fields).length > 0) throw badInput(fields);
    const [status] = await this.db.query<StatusModel[]>(
      `INSERT INTO statuses AS s (board_id, key, name, color, position, accepts_votes, is_closed, show_on_roadmap)
       VALUES ($1, $2, $3, lower($4), coalesce($5, (SELECT coalesce(max(position) + 1, 0) FROM statuses WHERE board_id = $1)),
               $6, $7, $8)
       ON CONFLICT (board_id, key) DO NOTHING
       RETURNING ${STATUS_COLUMNS}`,
      [
        board.id,
        input.key,
        input.name.trim(),
        input.color,
        input.position ?? null,
        input.acceptsVotes,
        input.isClosed,
        input.showOnRoadmap,
      ],
    );
    if (!status) {
      throw new DomainError('CONFLICT', 'STATUS_KEY_TAKEN', `This board already has a status "${input.key}"`, {
        key: 'This key is already used on this board.',
      });
    }
    return status;
  }

  /** Changes a status's presentation and behaviour (admins); its key is stable. */
  async update(viewer: Viewer | null, input: UpdateStatusInput): Promise<StatusModel> {
    requireRole(viewer, 'admin');
    const name = input.name?.trim() ?? undefined;
    const fields = statusFieldErrors({ name, color: input.color ?? undefined, position: input.position ?? undefined });
    if (Object.keys(fields).length > 0) throw badInput(fields);
    if (!isUuid(input.id)) throw notFound('Status');
    const [status] = await rows<StatusModel>(
      this.db,
      `UPDATE statuses s SET name = coalesce($2, name), color = coalesce(lower($3), color),
              position = coalesce($4, position), accepts_votes = coalesce($5, accepts_votes),
              is_closed = coalesce($6, is_closed), show_on_roadmap = coalesce($7, show_on_roadmap)
        WHERE id = $1 RETURNING ${STATUS_COLUMNS}`,
      [
        input.id,
        name ?? null,
        input.color ?? null,
        input.position ?? null,
        input.acceptsVotes ?? null,
        input.isClosed ?? null,
        input.showOnRoadmap ?? null,
      ],
    );
    if (!status) throw notFound('Status');
    return status;
  }

  /** The roadmap's columns: the board's statuses shown on the roadmap, in position order. */
  async roadmap(viewer: Viewer | null, boardSlug: string): Promise<RoadmapColumnModel[]> {
    const board = await this.boards.getVisible(viewer, boardSlug);
    const statuses = await this.db.query<StatusModel[]>(
      `SELECT ${STATUS_COLUMNS} FROM statuses s WHERE s.board_id = $1 AND s.show_on_roadmap ORDER BY s.position, s.key`,
      [board.id],
    );
    return statuses.map((status) => ({ status }));
  }
}
