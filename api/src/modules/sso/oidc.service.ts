import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DomainError } from '../../core/errors.js';
import { seal, unseal } from '../../core/secret-box.js';
import type { SignedIn } from '../auth/auth.service.js';
import { SsoAccountsService } from './sso-accounts.service.js';
import { ssoFailed, ssoNotEnabled } from './sso-errors.js';
import { isLoopback, SsoSettingsService, type OidcSettings } from './sso-settings.service.js';

/** What the browser carries (sealed) between leaving for the provider and coming back. */
interface Transaction {
  issuer: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
  startedAt: number;
}

const TRANSACTION_MS = 10 * 60_000;

/**
 * OpenID Connect sign-in with the authorization code flow (openid-client): PKCE (S256), state
 * and nonce, all checked on the way back; the provider's metadata from discovery. Any
 * standard provider works (Google, Microsoft, Okta, Keycloak; GitHub through an OIDC bridge).
 */
@Injectable()
export class OidcService {
  private readonly configurations = new Map<string, Promise<client.Configuration>>();

  constructor(
    private readonly settings: SsoSettingsService,
    private readonly accounts: SsoAccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}/sso/oidc/callback`;
  }

  /** Where to send the browser, and the sealed transaction it must bring back. */
  async start(next: string): Promise<{ url: string; transaction: string }> {
    const settings = await this.enabled();
    const configuration = await this.configuration(settings);
    const pending: Transaction = {
      issuer: settings.issuer,
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      next,
      startedAt: Date.now(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, transaction: seal(this.config.secret, JSON.stringify(pending)) };
  }

  /** Checks the provider's answer (`callbackUrl` as the browser requested it) and signs the person in. */
  async finish(callbackUrl: URL, sealedTransaction: string | undefined): Promise<SignedIn & { next: string }> {
    const pending = this.open(sealedTransaction);
    const settings = await this.enabled();
    if (pending.issuer !== settings.issuer) throw ssoFailed('Single sign-on changed meanwhile. Try again.');
    const configuration = await this.configuration(settings);
    let claims: client.IDToken;
    let accessToken: string;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
      accessToken = tokens.access_token;
    } catch (error) {
      throw ssoFailed(`Your identity provider’s answer was refused: ${describe(error)}`);
    }
    let { email, email_verified: emailVerified, name } = claims as Record<string, unknown>;
    if (typeof email !== 'string') {
      // Some providers put the address only in userinfo.
      const info = await client.fetchUserInfo(configuration, accessToken, claims.sub).catch(() => null);
      ({ email, email_verified: emailVerified, name = name } = info ?? {});
    }
    if (typeof email !== 'string') throw ssoFailed('Your identity provider did not tell Chorus your e-mail address.');
    const signedIn = await this.accounts.signIn({
      provider: 'oidc',
      issuer: settings.issuer,
      subject: claims.sub,
      email,
      emailVerified: emailVerified === true,
      name: typeof name === 'string' ? name : null,
      company: null,
    });
    return { ...signedIn, next: pending.next };
  }

  private open(sealed: string | undefined): Transaction {
    const json = sealed && sealed.length < 4000 ? unseal(this.config.secret, sealed) : null;
    const pending = json ? (JSON.parse(json) as Transaction) : null;
    if (!pending || Date.now() - pending.startedAt > TRANSACTION_MS) {
      throw ssoFailed('The sign-in took too long or started in another browser. Try again.');
    }
    return pending;
  }

  private async enabled(): Promise<OidcSettings> {
    const { oidc } = await this.settings.effective();
    if (!oidc) throw ssoNotEnabled();
    return oidc;
  }

  /** Discovery once per provider settings (a failed one is tried again next time). */
  private configuration(settings: OidcSettings): Promise<client.Configuration> {
    const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]);
    let found = this.configurations.get(key);
    if (!found) {
      const issuer = new URL(settings.issuer);
      found = client
        .discovery(
          issuer,
          settings.clientId,
          undefined,
          client.ClientSecretBasic(settings.clientSecret),
          // http only for a provider on this machine (tests, a local Keycloak); https otherwise.
          issuer.protocol === 'http:' && isLoopback(issuer.hostname)
            ? { execute: [client.allowInsecureRequests], timeout: 10 }
            : { timeout: 10 },
        )
        .catch((error: unknown) => {
          this.configurations.delete(key);
          throw new DomainError(
            'UNAUTHENTICATED',
            'SSO_FAILED',
            `Chorus could not reach your identity provider: ${describe(error)}`,
          );
        });
      this.configurations.set(key, found);
    }
    return found;
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 200);
}
