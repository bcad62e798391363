import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE, readCookie } from '../../common/auth/cookies.js';
import { hashSecret, newSecret } from '../../common/auth/tokens.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Viewer } from '../../graphql/context.js';
import { AppError, badInput, type FieldErrors } from '../../graphql/errors.js';
import type { User } from '../users/user.entity.js';
import { toUserModel } from '../users/users.mapper.js';
import type { UserModel } from '../users/user.model.js';
import type { SignInInput, SignUpInput } from './dto/auth.inputs.js';
import { hashPassword, verifyPassword } from './password.js';
import { rows } from '../../database/sql.js';

const SESSION_DAYS = 30;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** Failures allowed in the window before sign-in is refused: per account, and (offices share one) per address. */
const FAILURES_ALLOWED = { email: 5, ip: 25 };
const FAILURE_WINDOW_MINUTES = 15;

const USER_COLUMNS = `id, email, display_name AS "displayName", role, reputation, created_at AS "createdAt"`;

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(input: SignUpInput, res: Response): Promise<UserModel> {
    const email = input.email.trim();
    const displayName = input.displayName.trim();
    const fields: FieldErrors = {};
    if (!EMAIL.test(email) || email.length > 254) fields.email = 'Enter a valid e-mail address.';
    if (input.password.length < 8) fields.password = 'Use at least 8 characters.';
    else if (input.password.length > 200) fields.password = 'Use at most 200 characters.';
    if (displayName.length < 1 || displayName.length > 50) fields.displayName = 'Use 1 to 50 characters.';
    if (Object.keys(fields).length > 0) throw badInput(fields);

    const passwordHash = await hashPassword(input.password);
    const [user] = await this.db.query<User[]>(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [email, displayName, passwordHash],
    );
    if (!user) {
      throw new AppError('CONFLICT', 'EMAIL_TAKEN', 'An account with this e-mail already exists.', {
        email: 'An account with this e-mail already exists. Sign in instead?',
      });
    }
    await this.startSession(user.id, res);
    return toUserModel(user);
  }

  async signIn(input: SignInInput, req: Request, res: Response): Promise<UserModel> {
    const email = input.email.trim().toLowerCase();
    const keys = [`email:${email}`, `ip:${req.ip ?? 'unknown'}`];
    await this.refuseWhenThrottled(keys);

    const [row] = await this.db.query<Array<User & { passwordHash: string }>>(
      `SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM users WHERE lower(email) = $1`,
      [email],
    );
    // Verify against a dummy hash when the account is unknown, so timing doesn't reveal which e-mails exist.
    const valid = await verifyPassword(input.password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !valid) {
      await this.db.query(`INSERT INTO sign_in_failures (key) SELECT unnest($1::text[])`, [keys]);
      throw new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'That e-mail and password do not match an account.');
    }
    await this.db.query(`DELETE FROM sign_in_failures WHERE key = $1`, [keys[0]]);
    await this.startSession(row.id, res);
    const { passwordHash: _hash, ...user } = row;
    return toUserModel(user as User);
  }

  async signOut(req: Request, res: Response): Promise<boolean> {
    const token = readCookie(req.headers, SESSION_COOKIE);
    if (token) await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1`, [hashSecret(token)]);
    res.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return true;
  }

  /**
   * The viewer behind a request: a bearer API token (integrators) or the session cookie (the web app).
   * Cookie-authenticated requests from another origin are treated as anonymous (CSRF defence on top
   * of SameSite=Lax and Apollo's preflight requirement).
   */
  async resolveViewer(req: Request): Promise<Viewer | null> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      const [row] = await rows<Viewer>(
        this.db,
        `UPDATE api_tokens t SET last_used_at = now() FROM users u
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.id = t.user_id
          RETURNING u.id, u.role, coalesce(u.suspended_until > now(), false) AS suspended`,
        [hashSecret(bearer)],
      );
      if (!row) {
        throw new GraphQLError('This API token is not valid or was revoked.', {
          extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN', http: { status: 401 } },
        });
      }
      return row;
    }
    const token = readCookie(req.headers, SESSION_COOKIE);
    if (!token || !this.isSameOrigin(req)) return null;
    const [row] = await this.db.query<Viewer[]>(
      `SELECT u.id, u.role, coalesce(u.suspended_until > now(), false) AS suspended
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashSecret(token)],
    );
    return row ?? null;
  }

  private async startSession(userId: string, res: Response): Promise<void> {
    const token = newSecret();
    await this.db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
      [userId, hashSecret(token), SESSION_DAYS],
    );
    res.cookie(SESSION_COOKIE, token, { ...this.cookieOptions(), maxAge: SESSION_DAYS * 86_400_000 });
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.publicUrl.startsWith('https:'), path: '/' };
  }

  private isSameOrigin(req: Request): boolean {
    const origin = req.headers.origin;
    if (!origin) return true; // same-origin GET/POST from older browsers, server-side clients
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }

  private async refuseWhenThrottled(keys: string[]): Promise<void> {
    const counts = await this.db.query<Array<{ key: string; failures: number }>>(
      `SELECT key, count(*)::int AS failures FROM sign_in_failures
        WHERE key = ANY($1) AND at > now() - make_interval(mins => $2) GROUP BY key`,
      [keys, FAILURE_WINDOW_MINUTES],
    );
    const throttled = counts.some(
      ({ key, failures }) => failures >= FAILURES_ALLOWED[key.startsWith('ip:') ? 'ip' : 'email'],
    );
    if (throttled) {
      throw new AppError(
        'RATE_LIMITED',
        'TOO_MANY_SIGN_IN_ATTEMPTS',
        `Too many failed sign-ins. Try again in ${FAILURE_WINDOW_MINUTES} minutes.`,
      );
    }
  }
}

const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
