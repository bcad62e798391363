import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, conflict } from '../../core/errors.js';
import { MAX_EMAIL_LENGTH } from '../../core/email-address.js';
import { hashSecret, newSecret } from '../../core/secrets.js';
import { rows } from '../../core/sql/rows.js';
import { roleUnderScope, type TokenScope, type Viewer } from '../../core/viewer.js';
import { EmailVerificationService } from '../accounts/email-verification.service.js';
import { RateLimitsService } from '../rate-limits/rate-limits.service.js';
import type { UserModel } from '../users/user.model.js';
import type { SignInInput, SignUpInput } from './dto/auth.inputs.js';
import { hashPassword, verifyPassword } from '../../core/credentials/password.js';
import {
  ACCOUNTS_PER_ADDRESS,
  displayNameProblem,
  emailProblem,
  passwordProblem,
  refuseProblems,
} from '../../core/credentials/rules.js';

const SESSION_DAYS = 30;
const MAX_PASSWORD_LENGTH = 200;

const USER_COLUMNS = `id, email, display_name AS "displayName", role, reputation, created_at AS "createdAt",
  email_verified_at IS NOT NULL AS "emailVerified"`;

/** What a request presents to prove who it is (read from HTTP by http/request-credentials.ts). */
export interface Credentials {
  /** An integrator's API token (`Authorization: Bearer`). */
  bearer?: string;
  /** The web app's session token (cookie), only when the request came from our own origin. */
  session?: string;
}

/** A signed-in account and the session token to hand to its browser. */
export interface SignedIn {
  user: UserModel;
  sessionToken: string;
  expiresInDays: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly verification: EmailVerificationService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  /** `clientIp`: sign-ups are limited per address. */
  async signUp(input: SignUpInput, clientIp: string | undefined): Promise<SignedIn> {
    const email = input.email.trim();
    const displayName = input.displayName.trim();
    refuseProblems({
      email: emailProblem(email),
      password: passwordProblem(input.password),
      displayName: displayNameProblem(displayName),
    });
    await this.rateLimits.consumeWrite('signUp', `ip:${clientIp ?? 'unknown'}`);

    const passwordHash = await hashPassword(input.password);
    const user = await this.db.transaction(async (tx) => {
      // Taken once an account verified the address (or a few unverified sign-ups already share it).
      const [created] = await tx.query<UserModel[]>(
        `INSERT INTO users (email, display_name, password_hash)
         SELECT $1, $2, $3
          WHERE NOT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower($1) AND email_verified_at IS NOT NULL)
            AND (SELECT count(*) FROM users WHERE lower(email) = lower($1)) < $4
         RETURNING ${USER_COLUMNS}`,
        [email, displayName, passwordHash, ACCOUNTS_PER_ADDRESS],
      );
      if (!created) {
        throw conflict('EMAIL_TAKEN', 'An account with this e-mail already exists.', {
          email: 'An account with this e-mail already exists. Sign in instead?',
        });
      }
      await this.verification.sendLink(tx, created, created.email);
      return created;
    });
    return { user, ...(await this.startSession(user.id)) };
  }

  /**
   * `clientIp`: the address attempts are also counted against (offices share one). Each attempt
   * counts before the password is checked; past a few failures, attempts are delayed
   * progressively (rate-limits.service.ts SIGN_IN_DELAYS), per account and per address.
   */
  async signIn(input: SignInInput, clientIp: string | undefined): Promise<SignedIn> {
    // Lengths first: no account has a longer address or password, so nothing is worth hashing.
    if (input.email.length > MAX_EMAIL_LENGTH || input.password.length > MAX_PASSWORD_LENGTH)
      throw invalidCredentials();
    const email = input.email.trim().toLowerCase();
    const keys = { account: `email:${email}`, address: `ip:${clientIp ?? 'unknown'}` };
    const attempt = await this.rateLimits.beginSignIn(keys);

    const candidates = await this.db.query<Array<UserModel & { passwordHash: string }>>(
      `SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM users WHERE lower(email) = $1
        ORDER BY email_verified_at NULLS LAST, created_at LIMIT $2`,
      [email, ACCOUNTS_PER_ADDRESS],
    );
    const row = await withPassword(input.password, candidates);
    if (!row) {
      await this.rateLimits.signInFailed(attempt);
      throw invalidCredentials();
    }
    await this.rateLimits.signInSucceeded(attempt);
    const { passwordHash: _hash, ...user } = row;
    return { user, ...(await this.startSession(row.id)) };
  }

  /** Ends the session of this token (if any). */
  async signOut(sessionToken: string | undefined): Promise<void> {
    if (sessionToken)
      await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1`, [hashSecret(sessionToken)]);
  }

  /**
   * The viewer behind a request's credentials: a bearer API token (integrators) or the session
   * token (the web app); null when there are none. An unknown or revoked token is UNAUTHENTICATED
   * INVALID_TOKEN (an integrator must hear that its token stopped working).
   */
  async viewerFrom({ bearer, session }: Credentials): Promise<Viewer | null> {
    if (bearer) {
      const [row] = await rows<Viewer & { tokenScope: TokenScope }>(
        this.db,
        `UPDATE api_tokens t SET last_used_at = now() FROM users u
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
            AND u.id = t.user_id
          RETURNING u.id, u.role, coalesce(u.suspended_until > now(), false) AS suspended, true AS "viaToken",
                    t.scope AS "tokenScope"`,
        [hashSecret(bearer)],
      );
      if (!row) {
        throw new DomainError(
          'UNAUTHENTICATED',
          'INVALID_TOKEN',
          'This API token is not valid: it was revoked, has expired or never existed.',
        );
      }
      return { ...row, role: roleUnderScope(row.role, row.tokenScope) };
    }
    if (!session) return null;
    const [row] = await this.db.query<Viewer[]>(
      `SELECT u.id, u.role, coalesce(u.suspended_until > now(), false) AS suspended
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashSecret(session)],
    );
    return row ?? null;
  }

  /** A new session for an account that proved who it is (password here, single sign-on in modules/sso). */
  async startSession(userId: string): Promise<{ sessionToken: string; expiresInDays: number }> {
    const token = newSecret();
    await this.db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
      [userId, hashSecret(token), SESSION_DAYS],
    );
    return { sessionToken: token, expiresInDays: SESSION_DAYS };
  }
}

const invalidCredentials = () =>
  new DomainError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'That e-mail and password do not match an account.');

const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** The account whose password this is (unverified sign-ups may share an address). */
async function withPassword<T extends { passwordHash: string }>(
  password: string,
  candidates: T[],
): Promise<T | undefined> {
  // Verify against a dummy hash when the account is unknown, so timing doesn't reveal which e-mails exist.
  if (candidates.length === 0) await verifyPassword(password, DUMMY_HASH);
  for (const candidate of candidates) if (await verifyPassword(password, candidate.passwordHash)) return candidate;
  return undefined;
}
