import type { EntityManager } from 'typeorm';

/** One audited action: who did what to which subject, with the subject's state before and after. */
export interface AuditEntry {
  actorId: string;
  /** `<subject>.<verb>`, e.g. `idea.status_changed`, `idea.merged`, `comment.hidden`, `user.role_changed`. */
  action: string;
  subjectType: 'idea' | 'comment' | 'user' | 'duplicate_suggestion';
  subjectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Writes an audit row inside the caller's transaction, so the row exists exactly when the
 * action committed. A plain function over the transaction's EntityManager (any module can
 * call it without importing AuditModule).
 */
export async function recordAudit(tx: EntityManager, entry: AuditEntry): Promise<void> {
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
