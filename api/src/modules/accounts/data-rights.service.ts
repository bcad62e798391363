import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { verifyPassword } from '../../core/credentials/password.js';
import { DomainError, conflict } from '../../core/errors.js';
import { hashSecret } from '../../core/secrets.js';
import { requireViewer, type Viewer } from '../../core/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { wrongPassword } from './account-errors.js';

/** Never exported, whatever table they are in: credentials and sealed secrets. */
const SECRET_COLUMN = /^(?:password_hash|token_hash)$|_sealed$/;
/** References that point at the member but hold other people's data (what others were told they did). */
const NOT_THEIRS = new Set(['notifications.actor_id', 'vote_details.recorded_by_id']);
/** Rows per table in an export (a member's own activity; far above any real member's). */
const ROWS_PER_TABLE = 50_000;
/** How recent a single sign-on must be to confirm deleting an account without a password. */
const SSO_CONFIRMS_MINUTES = 10;

export const FORMER_MEMBER = 'Former member';

/**
 * A member's rights over their data: a download of everything Chorus holds about them, and
 * deleting the account. The export walks every table that refers to `users` (found in the
 * database catalogue, so a table added later is in it too). Deleting removes what is personal
 * and keeps what others built on: ideas and comments stay, credited to a former member, and
 * votes stay counted. Both are audited.
 */
@Injectable()
export class DataRightsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Everything about the viewer, as one JSON document (`{ account, <table>: rows[] }`). */
  async export(viewer: Viewer | null): Promise<string> {
    const { id } = requireViewer(viewer);
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const references = await tx.query<Array<{ table: string; column: string }>>(
        `SELECT c.conrelid::regclass::text AS table, a.attname AS column
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass AND array_length(c.conkey, 1) = 1
          ORDER BY 1, 2`,
      );
      const secretColumnsOf = async (table: string) =>
        (
          await tx.query<Array<{ name: string }>>(
            `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
            [table],
          )
        )
          .map((c) => c.name)
          .filter((name) => SECRET_COLUMN.test(name));
      const dump = async (table: string, where: string): Promise<unknown[]> => {
        const secret = await secretColumnsOf(table);
        const [{ rows }] = await tx.query<Array<{ rows: unknown[] }>>(
          `SELECT coalesce(jsonb_agg(to_jsonb(t) - $2::text[]), '[]'::jsonb) AS rows
             FROM (SELECT * FROM ${quoteIdent(table)} WHERE ${where} LIMIT ${ROWS_PER_TABLE}) t`,
          [id, secret],
        );
        return rows;
      };
      const document: Record<string, unknown> = {
        exportedAt: new Date().toISOString(),
        account: (await dump('users', 'id = $1'))[0],
      };
      for (const { table, column } of references.filter((r) => !NOT_THEIRS.has(`${r.table}.${r.column}`))) {
        const key = references.filter((r) => r.table === table).length > 1 ? `${table}.${column}` : table;
        document[key] = await dump(table, `${quoteIdent(column)} = $1`);
      }
      await this.audit.record(tx, {
        actorId: id,
        action: 'user.data_exported',
        subjectType: 'user',
        subjectId: id,
        before: null,
        after: { tables: references.length + 1 },
      });
      return JSON.stringify(document, null, 2);
    });
  }

  /**
   * Deletes the viewer's account, confirmed by their password, or (an account without one) by
   * a session single sign-on started in the last minutes. The last admin cannot leave.
   */
  async delete(viewer: Viewer | null, currentSession: string | undefined, password: string | null): Promise<void> {
    const { id } = requireViewer(viewer);
    const [account] = await this.db.query<Array<{ passwordHash: string; role: string }>>(
      `SELECT password_hash AS "passwordHash", role FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    if (!account) throw requireViewer(null);
    const hasPassword = account.passwordHash.startsWith('scrypt$');
    if (hasPassword) {
      if (!password || password.length > 200 || !(await verifyPassword(password, account.passwordHash))) {
        throw wrongPassword();
      }
    } else {
      const [recent] = currentSession
        ? await this.db.query<unknown[]>(
            `SELECT 1 FROM sessions WHERE token_hash = $1 AND user_id = $2 AND via_sso
                AND created_at > now() - make_interval(mins => $3)`,
            [hashSecret(currentSession), id, SSO_CONFIRMS_MINUTES],
          )
        : [];
      if (!recent) {
        throw new DomainError(
          'FORBIDDEN',
          'CONFIRM_WITH_SSO',
          'Sign in again with single sign-on to confirm, then delete your account within ten minutes.',
        );
      }
    }
    await this.db.transaction(async (tx) => {
      if (account.role === 'admin') {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('chorus-user-roles'))`);
        const [{ admins }] = await tx.query<Array<{ admins: number }>>(
          `SELECT count(*)::int AS admins FROM users WHERE role = 'admin' AND deleted_at IS NULL`,
        );
        if (admins <= 1)
          throw conflict('LAST_ADMIN', 'Chorus needs at least one admin: make someone else admin first.');
      }
      await this.audit.record(tx, {
        actorId: id,
        action: 'user.deleted',
        subjectType: 'user',
        subjectId: id,
        before: null,
        after: { deleted: true },
      });
      for (const table of [
        'sessions',
        'api_tokens',
        'account_tokens',
        'user_identities',
        'idea_follows',
        'board_follows',
        'idea_unfollows',
        'notification_preferences',
        'board_members',
      ]) {
        await tx.query(`DELETE FROM ${table} WHERE user_id = $1`, [id]);
      }
      await tx.query(`DELETE FROM notifications WHERE recipient_id = $1`, [id]);
      // Their votes stay counted; what they said, as staff noted it, goes.
      await tx.query(`UPDATE vote_details SET quote = '' WHERE user_id = $1`, [id]);
      // Mail to them (sent or waiting) carries the address; so do the records of its changes.
      await tx.query(`DELETE FROM outbox WHERE payload->>'userId' = $1::text`, [id]);
      await tx.query(
        `UPDATE audit_log SET before = '{"email": "(deleted)"}', after = '{"email": "(deleted)"}'
          WHERE action = 'user.email_changed' AND subject_id = $1`,
        [id],
      );
      await tx.query(
        `UPDATE users SET email = 'deleted-' || id || '@invalid', email_verified_at = NULL, display_name = $2,
                password_hash = 'deleted', company = NULL, role = 'member', deleted_at = now()
          WHERE id = $1`,
        [id, FORMER_MEMBER],
      );
    });
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
