import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict } from '../../core/errors.js';
import { hashPassword, verifyPassword } from '../../core/credentials/password.js';
import { displayNameProblem, emailProblem, passwordProblem, refuseProblems } from '../../core/credentials/rules.js';
import { hashSecret } from '../../core/secrets.js';
import { rows } from '../../core/sql/rows.js';
import { requireViewer, type Viewer } from '../../core/viewer.js';
import type { UserModel } from '../users/user.model.js';
import { USER_COLUMNS } from '../users/user.sql.js';
import { emailTaken, wrongPassword } from './account-errors.js';
import { EmailVerificationService } from './email-verification.service.js';

/** What a member changes about their own account: password, e-mail address, display name. */
@Injectable()
export class AccountSettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly verification: EmailVerificationService,
  ) {}

  /**
   * Needs the current password; signs out every other session (whoever else knew the old
   * password), keeping `currentSession` (the token of the request, if a browser made it).
   */
  async changePassword(
    viewer: Viewer | null,
    currentSession: string | undefined,
    input: { currentPassword: string; newPassword: string },
  ): Promise<boolean> {
    const { id } = requireViewer(viewer);
    refuseProblems({ newPassword: passwordProblem(input.newPassword) });
    await this.requirePassword(id, input.currentPassword, 'currentPassword');
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
      await tx.query(
        `UPDATE sessions SET revoked_at = now()
          WHERE user_id = $1 AND revoked_at IS NULL AND token_hash IS DISTINCT FROM $2`,
        [id, currentSession ? hashSecret(currentSession) : null],
      );
    });
    return true;
  }

  /** Mails a link to the new address; the account moves there when it is opened (see EmailVerificationService). */
  async changeEmail(viewer: Viewer | null, input: { newEmail: string; password: string }): Promise<boolean> {
    const { id } = requireViewer(viewer);
    const newEmail = input.newEmail.trim();
    refuseProblems({ newEmail: emailProblem(newEmail) });
    const account = await this.requirePassword(id, input.password, 'password');
    if (account.email.toLowerCase() === newEmail.toLowerCase() && account.verified) {
      throw conflict('SAME_EMAIL', 'This already is your e-mail address.', {
        newEmail: 'This already is your e-mail address.',
      });
    }
    await this.db.transaction(async (tx) => {
      const [taken] = await tx.query<unknown[]>(
        `SELECT 1 FROM users WHERE lower(email) = lower($1) AND email_verified_at IS NOT NULL AND id <> $2`,
        [newEmail, id],
      );
      if (taken) throw emailTaken();
      await this.verification.sendLink(tx, account, newEmail);
    });
    return true;
  }

  async updateProfile(viewer: Viewer | null, input: { displayName: string }): Promise<UserModel> {
    const { id } = requireViewer(viewer);
    const displayName = input.displayName.trim();
    refuseProblems({ displayName: displayNameProblem(displayName) });
    const [user] = await rows<UserModel>(
      this.db,
      `UPDATE users u SET display_name = $2 WHERE u.id = $1 RETURNING ${USER_COLUMNS}`,
      [id, displayName],
    );
    return user;
  }

  /** False for an account that only signs in with single sign-on. */
  async hasPassword(id: string): Promise<boolean> {
    const [row] = await this.db.query<Array<{ has: boolean }>>(
      `SELECT password_hash LIKE 'scrypt$%' AS has FROM users WHERE id = $1`,
      [id],
    );
    return row?.has ?? false;
  }

  private async requirePassword(
    id: string,
    password: string,
    field: string,
  ): Promise<{ id: string; email: string; displayName: string; verified: boolean }> {
    const [account] = await this.db.query<
      Array<{ id: string; email: string; displayName: string; verified: boolean; passwordHash: string }>
    >(
      `SELECT id, email, display_name AS "displayName", email_verified_at IS NOT NULL AS verified,
              password_hash AS "passwordHash" FROM users WHERE id = $1`,
      [id],
    );
    if (!account || password.length > 200 || !(await verifyPassword(password, account.passwordHash))) {
      throw wrongPassword(field);
    }
    const { passwordHash: _hash, ...rest } = account;
    return rest;
  }
}
