import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DomainError, conflict, isUniqueViolation } from '../../core/errors.js';
import { renderAccountMail } from '../../core/mail/account-mail.js';
import { requireViewer, type Viewer } from '../../core/viewer.js';
import { webUrls } from '../../core/web-urls.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import type { UserModel } from '../users/user.model.js';
import { USER_COLUMNS } from '../users/user.sql.js';
import { AccountTokens } from './account-tokens.js';
import { emailTaken, invalidLink } from './account-errors.js';

/** A verification link stays valid this long (long enough to find the mail tomorrow). */
export const VERIFY_LINK_HOURS = 48;

interface Account {
  id: string;
  email: string;
  displayName: string;
  verified: boolean;
}

/**
 * Proves that an address belongs to its account: a single-use link mailed to it. Until then
 * the member may take part but gets no mail (the notification fan-out skips them), and the
 * address is not theirs: whoever verifies it first holds it (unique among verified accounts).
 * Changing the address mails the link to the new one; the old one is told once it moved.
 */
@Injectable()
export class EmailVerificationService {
  private readonly tokens: AccountTokens;

  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.tokens = new AccountTokens(config.secret);
  }

  /**
   * Mails a link proving `email` (the account's own at sign-up, or the address it changes to).
   * Always inside the asking request's transaction (sign-up, a new link, an e-mail change, a
   * first single sign-on): the token and its mail commit together, and the outbox sends that
   * stored mail, so a retry can only repeat the same link, never mint a second one.
   */
  async sendLink(tx: EntityManager, account: { id: string; displayName: string }, email: string): Promise<void> {
    const token = await this.tokens.issue(tx, {
      userId: account.id,
      purpose: 'verify_email',
      email,
      validMinutes: VERIFY_LINK_HOURS * 60,
    });
    await this.mail.enqueue(tx, 'verify_email', [
      renderAccountMail({
        to: email,
        displayName: account.displayName,
        userId: account.id,
        subject: 'Confirm your e-mail address for Chorus',
        intro: [
          `Please confirm that ${email} is your address. Until you do, Chorus sends you no e-mail and ` +
            'someone else could still claim this address.',
        ],
        action: { label: 'Confirm my e-mail address', url: webUrls.verifyEmail(this.config.publicUrl, token) },
        outro: `The link works once, for ${VERIFY_LINK_HOURS} hours. Did not sign up for Chorus? Ignore this mail.`,
      }),
    ]);
  }

  /** Sends the signed-in member a fresh link for their current, unverified address. */
  async request(viewer: Viewer | null): Promise<boolean> {
    const { id } = requireViewer(viewer);
    await this.db.transaction(async (tx) => {
      const account = await this.lockAccount(tx, id);
      if (account.verified) throw conflict('ALREADY_VERIFIED', 'Your e-mail address is already verified.');
      if (await this.tokens.overHourlyLimit(tx, id, 'verify_email')) {
        throw new DomainError(
          'RATE_LIMITED',
          'TOO_MANY_LINKS',
          'We sent you several links in the last hour already: use the newest one, or try again later.',
        );
      }
      await this.sendLink(tx, account, account.email);
    });
    return true;
  }

  /** Marks the link's address verified for its account (moving the account to it on a change). */
  async verify(token: string): Promise<UserModel> {
    const userId = await this.db
      .transaction(async (tx) => {
        const link = await this.tokens.consume(tx, 'verify_email', token);
        if (!link) throw invalidLink();
        const account = await this.lockAccount(tx, link.userId);
        const [taken] = await tx.query<unknown[]>(
          `SELECT 1 FROM users WHERE lower(email) = lower($1) AND email_verified_at IS NOT NULL AND id <> $2`,
          [link.email, account.id],
        );
        if (taken) throw emailTaken();
        await tx.query(`UPDATE users SET email = $2, email_verified_at = now() WHERE id = $1`, [
          account.id,
          link.email,
        ]);
        await this.tokens.retireAll(tx, account.id, 'verify_email');
        if (account.email.toLowerCase() !== link.email.toLowerCase()) await this.moved(tx, account, link.email);
        return account.id;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? emailTaken() : error; // verified concurrently by another account
      });
    const [user] = await this.db.query<UserModel[]>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [userId]);
    return user;
  }

  /** The address changed: audited, and the old address hears it (if it was ever proven theirs). */
  private async moved(tx: EntityManager, account: Account, newEmail: string): Promise<void> {
    await this.audit.record(tx, {
      actorId: account.id,
      action: 'user.email_changed',
      subjectType: 'user',
      subjectId: account.id,
      before: { email: account.email },
      after: { email: newEmail },
    });
    if (!account.verified) return;
    await this.mail.enqueue(tx, 'email_changed', [
      renderAccountMail({
        to: account.email,
        displayName: account.displayName,
        userId: account.id,
        subject: 'Your Chorus e-mail address was changed',
        intro: [
          `The e-mail address of your Chorus account is now ${newEmail}; Chorus will not write to ${account.email} again.`,
        ],
        outro:
          'Did not do this? Someone may know your password: reset it from the sign-in page, ' +
          `or ask an admin of ${this.config.publicUrl} for help.`,
      }),
    ]);
  }

  private async lockAccount(tx: EntityManager, id: string): Promise<Account> {
    const [account] = await tx.query<Account[]>(
      `SELECT id, email, display_name AS "displayName", email_verified_at IS NOT NULL AS verified
         FROM users WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!account) throw invalidLink();
    return account;
  }
}
