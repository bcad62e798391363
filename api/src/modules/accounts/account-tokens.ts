import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { newSecret } from '../../core/secrets.js';
import { rows } from '../../core/sql/rows.js';

export type TokenPurpose = 'verify_email' | 'reset_password';

interface NewLink {
  userId: string;
  purpose: TokenPurpose;
  email: string;
  validMinutes: number;
}

/** newSecret(): 32 random bytes, base64url. Anything else is refused before touching the database. */
const TOKEN_SHAPE = /^[\w-]{43}$/;

/** How many links of one purpose an account may be sent per hour (a mailbox is not a megaphone). */
export const LINKS_PER_HOUR = 5;

/**
 * Single-use links for account mail. The token is 256 random bits; only its HMAC under the
 * server secret is stored, so neither a database copy nor a guessed token opens an account.
 * Consuming marks it used in the same statement that checks it (a link works exactly once).
 */
export class AccountTokens {
  constructor(private readonly secret: string) {}

  /** A new link's token, issued inside the transaction that mails it. */
  async issue(tx: EntityManager, link: NewLink): Promise<string> {
    const token = await this.insert(tx, link, null);
    if (!token) throw new Error('a link without a request id is never a duplicate');
    return token;
  }

  /**
   * A new link's token for one request (a job's payload carries its id), or null when the
   * request already has its link for this account: a job that runs again mails no second link.
   */
  async issueOnce(tx: EntityManager, link: NewLink, requestId: string): Promise<string | null> {
    return this.insert(tx, link, requestId);
  }

  /** The account and address the token was issued for, or null (unknown, altered, used or expired). */
  async consume(
    tx: EntityManager,
    purpose: TokenPurpose,
    token: string,
  ): Promise<{ userId: string; email: string } | null> {
    if (token.length !== 43 || !TOKEN_SHAPE.test(token)) return null;
    const [row] = await rows<{ userId: string; email: string }>(
      tx,
      `UPDATE account_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id AS "userId", email`,
      [this.hash(token), purpose],
    );
    return row ?? null;
  }

  /** Ends every open link of this purpose for the account (after a reset or verification succeeds). */
  async retireAll(tx: EntityManager, userId: string, purpose: TokenPurpose): Promise<void> {
    await tx.query(
      `UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }

  /** Whether the account was already sent LINKS_PER_HOUR links of this purpose in the last hour. */
  async overHourlyLimit(tx: EntityManager, userId: string, purpose: TokenPurpose): Promise<boolean> {
    const [{ sent }] = await tx.query<Array<{ sent: number }>>(
      `SELECT count(*)::int AS sent FROM account_tokens
        WHERE user_id = $1 AND purpose = $2 AND created_at > now() - interval '1 hour'`,
      [userId, purpose],
    );
    return sent >= LINKS_PER_HOUR;
  }

  private async insert(tx: EntityManager, link: NewLink, requestId: string | null): Promise<string | null> {
    const token = newSecret();
    const inserted = await rows<{ id: string }>(
      tx,
      `INSERT INTO account_tokens (user_id, purpose, token_hash, email, expires_at, request_id)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5), $6)
       ON CONFLICT (user_id, request_id) WHERE request_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [link.userId, link.purpose, this.hash(token), link.email, link.validMinutes, requestId],
    );
    return inserted.length > 0 ? token : null;
  }

  private hash(token: string): Buffer {
    return createHmac('sha256', this.secret).update(`account-token:${token}`).digest();
  }
}
