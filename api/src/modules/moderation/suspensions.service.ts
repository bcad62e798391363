import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, forbidden, notFound } from '../../core/errors.js';
import { isUuid } from '../../core/sql/uuid.js';
import { hasRole, requireRole, type Viewer } from '../../core/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import type { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';

/** Suspensions: a suspended member keeps reading but cannot post, comment or vote. */
@Injectable()
export class SuspensionsService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Suspends a member until `until` (indefinitely when null): they keep reading but cannot post
   * ideas, comment or vote (requireParticipant). Moderators suspend members; admins anyone but themselves.
   */
  async suspend(viewer: Viewer | null, userId: string, until: Date | null): Promise<UserModel> {
    const actor = requireRole(viewer, 'moderator');
    if (until && until.getTime() <= Date.now()) throw badInput({ until: 'Pick a time in the future.' });
    return this.setSuspension(actor, userId, until ?? new Date('9999-12-31T00:00:00Z'), 'user.suspended');
  }

  unsuspend(viewer: Viewer | null, userId: string): Promise<UserModel> {
    const actor = requireRole(viewer, 'moderator');
    return this.setSuspension(actor, userId, null, 'user.unsuspended');
  }

  private async setSuspension(actor: Viewer, userId: string, until: Date | null, action: string): Promise<UserModel> {
    if (!isUuid(userId)) throw notFound('User');
    if (userId === actor.id) throw forbidden('You cannot suspend yourself.', 'CANNOT_SUSPEND_SELF');
    await this.db.transaction(async (tx) => {
      const [target] = await tx.query<Array<{ role: Viewer['role']; suspendedUntil: Date | null }>>(
        `SELECT role, suspended_until AS "suspendedUntil" FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!target) throw notFound('User');
      if (target.role !== 'member' && !hasRole(actor, 'admin')) {
        throw forbidden('Only admins can suspend staff.', 'CANNOT_SUSPEND_STAFF');
      }
      await tx.query(`UPDATE users SET suspended_until = $2 WHERE id = $1`, [userId, until]);
      await this.audit.record(tx, {
        actorId: actor.id,
        action,
        subjectType: 'user',
        subjectId: userId,
        before: { suspendedUntil: target.suspendedUntil },
        after: { suspendedUntil: until },
      });
    });
    return this.users.get(userId);
  }
}
