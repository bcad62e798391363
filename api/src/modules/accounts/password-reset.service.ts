import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { hashPassword } from '../../core/credentials/password.js';
import { ACCOUNTS_PER_ADDRESS, passwordProblem, refuseProblems } from '../../core/credentials/rules.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { renderAccountMail } from '../../core/mail/account-mail.js';
import { rows } from '../../core/sql/rows.js';
import { webUrls } from '../../core/web-urls.js';
import { MailService } from '../mail/mail.service.js';
import { AccountTokens } from './account-tokens.js';
import { invalidLink } from './account-errors.js';

/** The job that mails the links of one request: `requestId` keys them (at most one per account). */
export interface ResetLinksJob {
  email: string;
  /** Absent in jobs enqueued before requests had ids. */
  requestId?: string;
}

/** A reset link is valid for one hour. */
export const RESET_LINK_MINUTES = 60;

/**
 * Password reset by e-mail. Asking answers the same, at the same speed, whether or not an
 * account has the address (the lookup and the mail happen after the answer, in a job), so
 * the form cannot be used to find out who has an account. The job carries the request's id
 * and issues at most one link per account for it, so a job run again after its transaction
 * committed (its worker died before marking it done) mails no second valid link. A reset
 * ends every session of the account: whoever knew the old password is signed out.
 */
@Injectable()
export class PasswordResetService implements OnModuleInit {
  private readonly tokens: AccountTokens;

  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.tokens = new AccountTokens(config.secret);
  }

  onModuleInit(): void {
    // Jobs enqueued before requests had ids mail as they did (without the retry guard).
    this.jobs.define<ResetLinksJob>('account.password_reset_links', ({ email, requestId }) =>
      this.mailLinks(email, requestId ?? randomUUID()),
    );
  }

  /** Always true, as fast for every address: one job, whose lookup and mail follow the answer. */
  async request(email: string): Promise<boolean> {
    const address = email.trim();
    if (address.length >= 3 && address.length <= 254)
      await this.jobs.enqueue(this.db.manager, 'account.password_reset_links', {
        email: address,
        requestId: randomUUID(),
      } satisfies ResetLinksJob);
    return true;
  }

  async reset(token: string, newPassword: string): Promise<boolean> {
    refuseProblems({ newPassword: passwordProblem(newPassword) });
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      const link = await this.tokens.consume(tx, 'reset_password', token);
      if (!link) throw invalidLink();
      // A link sent to an address the account has since left proves nothing any more; one that
      // still matches proves the address, so it counts as confirmed.
      const [updated] = await rows<{ id: string }>(
        tx,
        `UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now())
          WHERE id = $1 AND lower(email) = lower($3) RETURNING id`,
        [link.userId, passwordHash, link.email],
      );
      if (!updated) throw invalidLink();
      await this.tokens.retireAll(tx, link.userId, 'reset_password');
      await tx.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [link.userId]);
    });
    return true;
  }

  /**
   * A link that lets the owner of a new account's address take it over by choosing a password
   * (accounts staff created for a customer, e.g. a vote recorded on their behalf); the reset
   * flow itself, valid `validDays`.
   */
  async takeOverLink(tx: EntityManager, user: { id: string; email: string }, validDays: number): Promise<string> {
    const token = await this.tokens.issue(tx, {
      userId: user.id,
      purpose: 'reset_password',
      email: user.email,
      validMinutes: validDays * 24 * 60,
    });
    return webUrls.resetPassword(this.config.publicUrl, token);
  }

  private async mailLinks(email: string, requestId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const accounts = await tx.query<Array<{ id: string; email: string; displayName: string }>>(
        `SELECT id, email, display_name AS "displayName" FROM users WHERE lower(email) = lower($1)
          ORDER BY email_verified_at NULLS LAST, created_at LIMIT $2 FOR UPDATE`,
        [email, ACCOUNTS_PER_ADDRESS],
      );
      // Unverified sign-ups sharing the address each get their own link.
      for (const account of accounts) {
        if (await this.tokens.overHourlyLimit(tx, account.id, 'reset_password')) continue;
        const token = await this.tokens.issueOnce(
          tx,
          { userId: account.id, purpose: 'reset_password', email: account.email, validMinutes: RESET_LINK_MINUTES },
          requestId,
        );
        if (!token) continue; // this request's link went out already
        await this.mail.enqueue(tx, 'reset_password', [
          renderAccountMail({
            to: account.email,
            displayName: account.displayName,
            userId: account.id,
            subject: 'Reset your Chorus password',
            intro: ['Someone (hopefully you) asked to reset the password of your Chorus account.'],
            action: { label: 'Choose a new password', url: webUrls.resetPassword(this.config.publicUrl, token) },
            outro:
              'The link works once, for one hour, and signs you out everywhere. ' +
              'Did not ask for this? Ignore this mail: your password stays as it is.',
          }),
        ]);
      }
    });
  }
}
