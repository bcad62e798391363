import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DataSource } from 'typeorm';
import { DomainError } from '../../core/errors.js';
import type { SignedIn } from '../auth/auth.service.js';
import { SsoAccountsService } from './sso-accounts.service.js';
import { ssoNotEnabled } from './sso-errors.js';
import { SsoSettingsService } from './sso-settings.service.js';

/** Tokens are short-lived: issued at most this long ago (and `exp` still ahead). */
export const APP_TOKEN_MAX_AGE_SECONDS = 10 * 60;
const MAX_TOKEN_LENGTH = 8 * 1024;

const invalidToken = (why: string) =>
  new DomainError('UNAUTHENTICATED', 'INVALID_APP_TOKEN', `The sign-in token from your app was refused: ${why}`);

/**
 * "Identify from your app": the company's backend signs a short-lived JWT for its signed-in
 * customer (HS256 with the shared secret, or RS256/EdDSA/ES256 with a key from its JWKS URL)
 * with `sub` (or `id`), `email`, and optionally `name` and `company`; Chorus signs them in.
 * Each token works once. The company's app vouches for the address.
 */
@Injectable()
export class AppTokenService {
  private readonly keySets = new Map<string, JWTVerifyGetKey>();

  constructor(
    private readonly db: DataSource,
    private readonly settings: SsoSettingsService,
    private readonly accounts: SsoAccountsService,
  ) {}

  async signIn(token: string): Promise<SignedIn> {
    const { appToken } = await this.settings.effective();
    if (!appToken) throw ssoNotEnabled();
    if (token.length > MAX_TOKEN_LENGTH) throw invalidToken('it is too long.');
    const options = {
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: APP_TOKEN_MAX_AGE_SECONDS,
      clockTolerance: 30,
    };
    let payload: JWTPayload;
    try {
      payload = appToken.secret
        ? (await jwtVerify(token, new TextEncoder().encode(appToken.secret), { ...options, algorithms: ['HS256'] }))
            .payload
        : (
            await jwtVerify(token, this.keySet(appToken.jwksUrl!), {
              ...options,
              algorithms: ['RS256', 'EdDSA', 'ES256'],
            })
          ).payload;
    } catch (error) {
      throw invalidToken(error instanceof Error ? error.message.slice(0, 200) : 'it could not be verified.');
    }
    const subject = [payload.sub, payload.id].find((v) => typeof v === 'string' || typeof v === 'number');
    if (subject === undefined) throw invalidToken('it has no `sub` (or `id`) claim.');
    if (typeof payload.email !== 'string') throw invalidToken('it has no `email` claim.');
    await this.useOnce(token, payload.exp!);
    const company = payload.company;
    return this.accounts.signIn({
      provider: 'app',
      issuer: 'app',
      subject: String(subject),
      email: payload.email,
      emailVerified: true,
      name: typeof payload.name === 'string' ? payload.name : null,
      company:
        typeof company === 'string'
          ? company
          : company && typeof company === 'object' && typeof (company as { name?: unknown }).name === 'string'
            ? (company as { name: string }).name
            : null,
    });
  }

  private async useOnce(token: string, exp: number): Promise<void> {
    const hash = createHash('sha256').update(token).digest();
    await this.db.query(`DELETE FROM used_app_tokens WHERE expires_at < now() - interval '1 minute'`);
    const [inserted] = await this.db.query<unknown[]>(
      `INSERT INTO used_app_tokens (token_hash, expires_at) VALUES ($1, to_timestamp($2))
       ON CONFLICT DO NOTHING RETURNING 1`,
      [hash, exp + 30],
    );
    if (!inserted) throw invalidToken('it was used already.');
  }

  private keySet(url: string): JWTVerifyGetKey {
    let keys = this.keySets.get(url);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000 });
      this.keySets.set(url, keys);
    }
    return keys;
  }
}
