import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasRole, requireRole, type RoleName, type Viewer } from '../../core/viewer.js';
import { conflict, notFound } from '../../core/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { Role } from './role.model.js';
import type { UserModel } from './user.model.js';
import type { PersonModel } from './person.model.js';
import { USER_COLUMNS } from './user.sql.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<UserModel> {
    const [user] = await this.db.query<UserModel[]>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id::text = $1`, [id]);
    if (!user) throw notFound('User');
    return user;
  }

  /**
   * Admins: members whose name or e-mail contains `search` (any case), by name; at most 50, so
   * a search narrows a large community. Deleted accounts are left out.
   */
  async people(viewer: Viewer | null, search: string | null | undefined): Promise<PersonModel[]> {
    requireRole(viewer, 'admin');
    const term = (search ?? '').trim().slice(0, 100);
    const found = await this.db.query<Array<UserModel & { privateBoards: string[] }>>(
      `SELECT ${USER_COLUMNS},
              ARRAY(SELECT b.slug FROM board_members m JOIN boards b ON b.id = m.board_id
                     WHERE m.user_id = u.id ORDER BY b.slug) AS "privateBoards"
         FROM users u
        WHERE u.deleted_at IS NULL
          AND ($1 = '' OR u.display_name ILIKE '%' || $2 || '%' OR u.email ILIKE '%' || $2 || '%')
        ORDER BY lower(u.display_name), u.id LIMIT 50`,
      [term, term.replace(/[\\%_]/g, (c) => `\\${c}`)],
    );
    return found.map(({ privateBoards, ...user }) => ({ user, privateBoards }));
  }

  /** E-mail addresses are private: visible to their owner and to admins only. */
  emailVisibleTo(viewer: Viewer | null, user: UserModel): string | null {
    return viewer && (viewer.id === user.id || hasRole(viewer, 'admin')) ? user.email : null;
  }

  /** Admins change roles; the last admin cannot be demoted (someone must be able to undo mistakes). */
  async setRole(viewer: Viewer | null, userId: string, role: Role): Promise<UserModel> {
    const actor = requireRole(viewer, 'admin');
    const updated = await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('chorus-user-roles'))`);
      const [target] = await tx.query<Array<{ id: string; role: RoleName }>>(
        `SELECT id, role FROM users WHERE id::text = $1`,
        [userId],
      );
      if (!target) throw notFound('User');
      if (target.role === 'admin' && role !== Role.ADMIN) {
        const [{ admins }] = await tx.query<Array<{ admins: number }>>(
          `SELECT count(*)::int AS admins FROM users WHERE role = 'admin'`,
        );
        if (admins <= 1) throw conflict('LAST_ADMIN', 'Chorus needs at least one admin: promote someone else first.');
      }
      await tx.query(`UPDATE users SET role = $2 WHERE id = $1`, [target.id, role]);
      if (target.role !== role) {
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'user.role_changed',
          subjectType: 'user',
          subjectId: target.id,
          before: { role: target.role },
          after: { role },
        });
      }
      return target.id;
    });
    return this.get(updated);
  }
}
