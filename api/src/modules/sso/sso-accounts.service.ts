import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict } from '../../core/errors.js';
import { emailProblem } from '../../core/credentials/rules.js';
import { rows } from '../../core/sql/rows.js';
import { EmailVerificationService } from '../accounts/email-verification.service.js';
import { AuthService, type SignedIn } from '../auth/auth.service.js';
import type { UserModel } from '../users/user.model.js';
import { USER_COLUMNS } from '../users/user.sql.js';
import { ssoFailed } from './sso-errors.js';

/** Who an identity provider (or the company's app) says is signing in. */
export interface ExternalIdentity {
  provider: 'oidc' | 'app';
  /** The OpenID issuer URL, or 'app'. */
  issuer: string;
  subject: string;
  email: string;
  /** The provider vouches that the address belongs to this person. */
  emailVerified: boolean;
  name: string | null;
  company: string | null;
}

/** An account that signs in only elsewhere has no password: this never matches one (core/credentials). */
const NO_PASSWORD = 'sso-only';

/**
 * Turns an identity proven elsewhere into a Chorus session. An identity seen before signs in its
 * account. A new one joins the account that verified the same address (when the provider
 * vouches for the address too), or gets an account of its own.
 */
@Injectable()
export class SsoAccountsService {
  constructor(
    private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
  ) {}

  async signIn(identity: ExternalIdentity): Promise<SignedIn> {
    const email = identity.email.trim();
    if (emailProblem(email)) throw ssoFailed('The sign-in did not tell Chorus a valid e-mail address.');
    if (identity.subject.length < 1 || identity.subject.length > 255) throw ssoFailed('The sign-in had no valid id.');
    const userId = await this.db.transaction(async (tx) => {
      // Serialise first sign-ins of one identity (two tabs): the second finds the first's link.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `sso:${identity.provider}:${identity.issuer}:${identity.subject}`,
      ]);
      const [known] = await rows<{ userId: string }>(
        tx,
        `UPDATE user_identities SET last_used_at = now()
          WHERE provider = $1 AND issuer = $2 AND subject = $3 RETURNING user_id AS "userId"`,
        [identity.provider, identity.issuer, identity.subject],
      );
      const id = known?.userId ?? (await this.link(tx, { ...identity, email }));
      if (identity.company !== null) {
        await tx.query(`UPDATE users SET company = $2 WHERE id = $1`, [id, identity.company.slice(0, 100)]);
      }
      return id;
    });
    return this.auth.startSession(userId).then(async (session) => ({ user: await this.user(userId), ...session }));
  }

  private async link(tx: EntityManager, identity: ExternalIdentity): Promise<string> {
    const [holder] = await tx.query<Array<{ id: string }>>(
      `SELECT id FROM users WHERE lower(email) = lower($1) AND email_verified_at IS NOT NULL`,
      [identity.email],
    );
    let userId: string;
    if (holder && identity.emailVerified) {
      userId = holder.id;
    } else if (holder) {
      throw conflict(
        'EMAIL_TAKEN',
        'An account already uses this e-mail address. Sign in with its password, or ask your identity provider to confirm the address.',
      );
    } else {
      const displayName = (identity.name?.trim() || identity.email.split('@')[0]).slice(0, 50) || 'Member';
      const [created] = await tx.query<Array<{ id: string; displayName: string }>>(
        `INSERT INTO users (email, display_name, password_hash, email_verified_at)
         VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END) RETURNING id, display_name AS "displayName"`,
        [identity.email, displayName, NO_PASSWORD, identity.emailVerified],
      );
      userId = created.id;
      if (!identity.emailVerified) await this.verification.sendLink(tx, created, identity.email);
    }
    await tx.query(`INSERT INTO user_identities (provider, issuer, subject, user_id) VALUES ($1, $2, $3, $4)`, [
      identity.provider,
      identity.issuer,
      identity.subject,
      userId,
    ]);
    return userId;
  }

  private async user(id: string): Promise<UserModel> {
    const [user] = await this.db.query<UserModel[]>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
    return user;
  }
}
