import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../core/errors.js';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage } from '../../core/sql/keyset.js';
import { isUuid } from '../../core/sql/uuid.js';
import { requireRole, type Viewer } from '../../core/viewer.js';
import type { AuditEntryModel, AuditLogArgs } from './audit.model.js';

type Row = AuditEntryModel & { sortKey: string };

/** One audited action: who did what to which subject, with the subject's state before and after. */
export interface AuditEntry {
  actorId: string;
  /** `<subject>.<verb>`, e.g. `idea.status_changed`, `idea.merged`, `comment.hidden`, `user.role_changed`. */
  action: string;
  subjectType:
    'idea' | 'comment' | 'user' | 'duplicate_suggestion' | 'webhook' | 'api_token' | 'sso_settings' | 'changelog_entry';
  /** Null for a subject without an id of its own (the one row of single sign-on settings). */
  subjectId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit log: written inside each audited action's transaction, read by admins. */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** Writes an audit row inside the caller's transaction, so the row exists exactly when the action committed. */
  async record(tx: EntityManager, entry: AuditEntry): Promise<void> {
    await tx.query(
      `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, before, after)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
      [
        entry.actorId,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
      ],
    );
  }

  /** Newest first, keyset on (created_at, id), filtered by action, actor and time range. */
  async page(viewer: Viewer | null, args: AuditLogArgs): Promise<ConnectionShape<AuditEntryModel>> {
    requireRole(viewer, 'admin');
    const first = pageSize(args.first);
    const params: unknown[] = [];
    const filters: string[] = [];
    if (args.action) {
      params.push(args.action);
      filters.push(`a.action = $${params.length}`);
    }
    if (args.actorId) {
      if (!isUuid(args.actorId)) throw badInput({ actorId: 'actorId is not a user id' });
      params.push(args.actorId);
      filters.push(`a.actor_id = $${params.length}`);
    }
    if (args.since) {
      params.push(args.since);
      filters.push(`a.created_at >= $${params.length}`);
    }
    if (args.until) {
      params.push(args.until);
      filters.push(`a.created_at < $${params.length}`);
    }
    const countParams = [...params];
    const where = filters.length ? filters.join(' AND ') : 'true';
    const page = keysetPage({ key: 'a.created_at', type: 'timestamptz', id: 'a.id' }, args.after, params);
    params.push(first + 1);
    const [found, [{ count }]] = await Promise.all([
      this.db.query<Row[]>(
        `SELECT a.id, a.action, a.subject_type AS "subjectType", a.subject_id AS "subjectId",
                a.before::text AS before, a.after::text AS after, a.created_at AS "createdAt",
                a.actor_id AS "actorId", ${page.sortKey},
                CASE a.subject_type WHEN 'idea' THEN a.subject_id
                  WHEN 'comment' THEN (SELECT c.idea_id FROM comments c WHERE c.id = a.subject_id)
                  WHEN 'duplicate_suggestion' THEN (SELECT d.idea_id FROM duplicate_suggestions d WHERE d.id = a.subject_id)
                END AS "ideaId"
           FROM audit_log a WHERE ${where} AND ${page.after}
          ORDER BY ${page.orderBy} LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM audit_log a WHERE ${where}`,
        countParams,
      ),
    ]);
    return keysetConnection(found, first, count);
  }

  /** Everyone who has an entry in the log, for the actor filter (ids; the resolver loads the users). */
  async actorIds(viewer: Viewer | null): Promise<string[]> {
    requireRole(viewer, 'admin');
    const found = await this.db.query<Array<{ id: string }>>(
      `SELECT DISTINCT actor_id AS id FROM audit_log WHERE actor_id IS NOT NULL`,
    );
    return found.map((row) => row.id);
  }
}
