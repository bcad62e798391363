import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireRole } from '../../common/auth/roles.js';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionShape,
} from '../../common/pagination/connection.js';
import type { Viewer } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { UUID } from '../ideas/ideas.service.js';
import type { AuditEntryModel, AuditLogArgs } from './audit.model.js';

type Row = AuditEntryModel & { sortKey: string };

/** Reads the audit log (admins). Rows are written by `recordAudit` inside each action's transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

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
      if (!UUID.test(args.actorId)) throw badInput({ actorId: 'actorId is not a user id' });
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
    let keyset = '';
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2).map(String);
      if (!UUID.test(id) || Number.isNaN(Date.parse(at)))
        throw badInput({ after: 'after is not a cursor from this list' });
      params.push(at, id);
      keyset = `AND (a.created_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(first + 1);
    const [found, [{ count }]] = await Promise.all([
      this.db.query<Row[]>(
        `SELECT a.id, a.action, a.subject_type AS "subjectType", a.subject_id AS "subjectId",
                a.before::text AS before, a.after::text AS after, a.created_at AS "createdAt",
                a.actor_id AS "actorId", a.created_at::text AS "sortKey",
                CASE a.subject_type WHEN 'idea' THEN a.subject_id
                  WHEN 'comment' THEN (SELECT c.idea_id FROM comments c WHERE c.id = a.subject_id)
                  WHEN 'duplicate_suggestion' THEN (SELECT d.idea_id FROM duplicate_suggestions d WHERE d.id = a.subject_id)
                END AS "ideaId"
           FROM audit_log a WHERE ${where} ${keyset}
          ORDER BY a.created_at DESC, a.id DESC LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM audit_log a WHERE ${where}`,
        countParams,
      ),
    ]);
    return toConnection(
      found,
      first,
      count,
      (row) => encodeCursor([row.sortKey, row.id]),
      ({ sortKey: _sortKey, ...entry }) => entry,
    );
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
