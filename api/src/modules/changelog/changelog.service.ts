import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound, type FieldErrors } from '../../core/errors.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage } from '../../core/sql/keyset.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { hasRole, requireRole, type Viewer } from '../../core/viewer.js';
import { ideaInScope, viewerAudience } from '../access/access.js';
import { AuditService } from '../audit/audit.service.js';
import { StatusesService } from '../statuses/statuses.service.js';
import type {
  ChangelogArgs,
  ChangelogEntryModel,
  CreateChangelogEntryInput,
  PublishChangelogEntryInput,
  UpdateChangelogEntryInput,
} from './changelog.model.js';
import { CHANGELOG_ENTRY_COLUMNS } from './changelog.sql.js';

export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;
export const LINKED_IDEAS_MAX = 50;
/** The status publishing moves linked ideas to (every board has it by default, see DEFAULT_STATUSES). */
export const DONE_STATUS_KEY = 'done';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface EntryFields {
  title?: string;
  body?: string;
  releasedOn?: string;
  ideaIds?: string[];
}

/** Every problem with the fields present, keyed by field; lengths are checked before patterns. */
function entryFieldErrors(input: EntryFields): FieldErrors {
  const fields: FieldErrors = {};
  if (input.title !== undefined && (input.title.length === 0 || [...input.title].length > TITLE_MAX)) {
    fields.title = `Title needs 1 to ${TITLE_MAX} characters.`;
  }
  if (input.body !== undefined && [...input.body].length > BODY_MAX) {
    fields.body = `Notes can have at most ${BODY_MAX.toLocaleString('en')} characters.`;
  }
  if (input.releasedOn !== undefined && !isCalendarDate(input.releasedOn)) {
    fields.releasedOn = 'Release date must be a real date written YYYY-MM-DD.';
  }
  if (input.ideaIds !== undefined) {
    if (input.ideaIds.length > LINKED_IDEAS_MAX) fields.ideaIds = `Link at most ${LINKED_IDEAS_MAX} ideas.`;
    else if (new Set(input.ideaIds).size !== input.ideaIds.length) fields.ideaIds = 'An idea is linked twice.';
  }
  return fields;
}

function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || !ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * Release notes (product managers and above write, publish and delete them; everyone reads
 * published ones). Publishing is one transaction: the entry goes public, linked ideas move to
 * Done if asked (through StatusesService, so followers hear of the status change as always) and
 * `changelog.published` is emitted, whose durable job tells each backer of a linked idea once
 * (changelog-notifications.service.ts).
 */
@Injectable()
export class ChangelogService {
  constructor(
    private readonly db: DataSource,
    private readonly statuses: StatusesService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  /** Published entries (anyone), or drafts (product managers), newest release first. */
  async list(viewer: Viewer | null, args: ChangelogArgs): Promise<ConnectionShape<ChangelogEntryModel>> {
    if (args.drafts && !hasRole(viewer, 'product_manager')) {
      throw forbidden('Drafts are for product managers.', 'ROLE_REQUIRED');
    }
    const first = pageSize(args.first);
    const params: unknown[] = [];
    const page = keysetPage({ key: `e.released_on::timestamptz`, type: 'timestamptz', id: 'e.id' }, args.after, params);
    params.push(first + 1);
    const which = args.drafts ? 'e.published_at IS NULL' : 'e.published_at IS NOT NULL';
    const [found, [{ count }]] = await Promise.all([
      this.db.query<Array<ChangelogEntryModel & { sortKey: string }>>(
        `SELECT ${CHANGELOG_ENTRY_COLUMNS}, ${page.sortKey} FROM changelog_entries e
          WHERE ${which} AND ${page.after} ORDER BY ${page.orderBy} LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM changelog_entries e WHERE ${which}`),
    ]);
    return keysetConnection(found, first, count);
  }

  /** The newest published entries with the linked ideas an anonymous reader may see (for feeds). */
  async publishedForFeed(
    limit: number,
  ): Promise<Array<ChangelogEntryModel & { publishedAt: Date; ideas: Array<{ id: string; title: string }> }>> {
    const params: unknown[] = [limit];
    const anyone = viewerAudience(null, params);
    return this.db.query(
      `SELECT ${CHANGELOG_ENTRY_COLUMNS},
              coalesce((SELECT json_agg(json_build_object('id', i.id, 'title', i.title) ORDER BY l.position)
                          FROM changelog_entry_ideas l JOIN ideas i ON i.id = l.idea_id JOIN boards b ON b.id = i.board_id
                         WHERE l.entry_id = e.id AND ${ideaInScope('public', anyone)}), '[]') AS ideas
         FROM changelog_entries e WHERE e.published_at IS NOT NULL
        ORDER BY e.released_on DESC, e.id DESC LIMIT $1`,
      params,
    );
  }

  /** One entry: published ones for anyone, drafts for product managers; NOT_FOUND otherwise. */
  async get(viewer: Viewer | null, id: string): Promise<ChangelogEntryModel> {
    if (!isUuid(id)) throw notFound('Changelog entry');
    const [entry] = await this.db.query<ChangelogEntryModel[]>(
      `SELECT ${CHANGELOG_ENTRY_COLUMNS} FROM changelog_entries e
        WHERE e.id = $1 AND (e.published_at IS NOT NULL OR $2::boolean)`,
      [id, hasRole(viewer, 'product_manager')],
    );
    if (!entry) throw notFound('Changelog entry');
    return entry;
  }

  async create(viewer: Viewer | null, input: CreateChangelogEntryInput): Promise<ChangelogEntryModel> {
    const author = requireRole(viewer, 'product_manager');
    const fields = {
      title: input.title.trim(),
      body: input.body,
      releasedOn: input.releasedOn ?? undefined,
      ideaIds: input.ideaIds,
    };
    const errors = entryFieldErrors(fields);
    if (Object.keys(errors).length > 0) throw badInput(errors);
    return this.db.transaction(async (tx) => {
      const [entry] = await tx.query<ChangelogEntryModel[]>(
        `INSERT INTO changelog_entries AS e (title, body, released_on, created_by_id)
         VALUES ($1, $2, coalesce($3::date, current_date), $4) RETURNING ${CHANGELOG_ENTRY_COLUMNS}`,
        [fields.title, fields.body, fields.releasedOn ?? null, author.id],
      );
      await linkIdeas(tx, entry.id, fields.ideaIds);
      return entry;
    });
  }

  async update(viewer: Viewer | null, input: UpdateChangelogEntryInput): Promise<ChangelogEntryModel> {
    requireRole(viewer, 'product_manager');
    const fields = {
      title: input.title?.trim() ?? undefined,
      body: input.body ?? undefined,
      releasedOn: input.releasedOn ?? undefined,
      ideaIds: input.ideaIds ?? undefined,
    };
    const errors = entryFieldErrors(fields);
    if (Object.keys(errors).length > 0) throw badInput(errors);
    if (!isUuid(input.id)) throw notFound('Changelog entry');
    return this.db.transaction(async (tx) => {
      const [entry] = await rows<ChangelogEntryModel>(
        tx,
        `UPDATE changelog_entries e SET title = coalesce($2, title), body = coalesce($3, body),
                released_on = coalesce($4::date, released_on), updated_at = now()
          WHERE id = $1 RETURNING ${CHANGELOG_ENTRY_COLUMNS}`,
        [input.id, fields.title ?? null, fields.body ?? null, fields.releasedOn ?? null],
      );
      if (!entry) throw notFound('Changelog entry');
      if (fields.ideaIds) {
        await tx.query(`DELETE FROM changelog_entry_ideas WHERE entry_id = $1`, [entry.id]);
        await linkIdeas(tx, entry.id, fields.ideaIds);
      }
      return entry;
    });
  }

  /** Publishes a draft once (CONFLICT ALREADY_PUBLISHED after that). */
  async publish(viewer: Viewer | null, input: PublishChangelogEntryInput): Promise<ChangelogEntryModel> {
    const actor = requireRole(viewer, 'product_manager');
    if (!isUuid(input.id)) throw notFound('Changelog entry');
    return this.db.transaction(async (tx) => {
      const [draft] = await tx.query<Array<{ title: string; published: boolean }>>(
        `SELECT title, published_at IS NOT NULL AS published FROM changelog_entries WHERE id = $1 FOR UPDATE`,
        [input.id],
      );
      if (!draft) throw notFound('Changelog entry');
      if (draft.published) throw conflict('ALREADY_PUBLISHED', 'These release notes are already published.');
      const linked = await tx.query<Array<{ ideaId: string }>>(
        // Id order: the same lock order as merges, so two publications never deadlock.
        `SELECT idea_id AS "ideaId" FROM changelog_entry_ideas WHERE entry_id = $1 ORDER BY idea_id`,
        [input.id],
      );
      if (input.markIdeasDone) {
        const note = `Shipped in “${draft.title}”.`;
        for (const { ideaId } of linked) {
          await this.statuses.changeInTransaction(tx, actor, ideaId, DONE_STATUS_KEY, note);
        }
      }
      const [entry] = await rows<ChangelogEntryModel>(
        tx,
        `UPDATE changelog_entries e SET published_at = now(), published_by_id = $2, updated_at = now()
          WHERE id = $1 RETURNING ${CHANGELOG_ENTRY_COLUMNS}`,
        [input.id, actor.id],
      );
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'changelog.published',
        subjectType: 'changelog_entry',
        subjectId: entry.id,
        before: { published: false },
        after: { published: true, ideaIds: linked.map((l) => l.ideaId), markedDone: input.markIdeasDone },
      });
      await this.events.emit(tx, 'changelog.published', { entryId: entry.id, actorId: actor.id });
      return entry;
    });
  }

  /** Deletes an entry, draft or published (its linked ideas stay as they are). */
  async remove(viewer: Viewer | null, id: string): Promise<boolean> {
    requireRole(viewer, 'product_manager');
    if (!isUuid(id)) throw notFound('Changelog entry');
    const deleted = await rows<{ id: string }>(this.db, `DELETE FROM changelog_entries WHERE id = $1 RETURNING id`, [
      id,
    ]);
    if (deleted.length === 0) throw notFound('Changelog entry');
    return true;
  }
}

/** Links `ideaIds` in order; unknown or deleted ideas are NOT_FOUND, merged ones CONFLICT (link the target). */
async function linkIdeas(tx: EntityManager, entryId: string, ideaIds: string[]): Promise<void> {
  if (ideaIds.length === 0) return;
  if (!ideaIds.every(isUuid)) throw notFound('Idea');
  const found = await tx.query<Array<{ id: string; mergedIntoId: string | null }>>(
    `SELECT id, merged_into_id AS "mergedIntoId" FROM ideas WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
    [ideaIds],
  );
  if (found.length !== ideaIds.length) throw notFound('Idea');
  if (found.some((idea) => idea.mergedIntoId)) {
    throw conflict('IDEA_MERGED', 'A linked idea was merged into another one: link that one instead.', {
      ideaIds: 'Link the idea it was merged into instead.',
    });
  }
  await tx.query(
    `INSERT INTO changelog_entry_ideas (entry_id, idea_id, position)
     SELECT $1, id, n FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, n)`,
    [entryId, ideaIds],
  );
}
