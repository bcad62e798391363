import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { badInput, type FieldErrors } from '../../core/errors.js';
import { seal, unseal } from '../../core/secret-box.js';
import { requireRole, type Viewer } from '../../core/viewer.js';

/** OpenID Connect as it applies now (from the environment, or as an admin set it). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  label: string;
  fromEnvironment: boolean;
}

/** "Identify from your app": an HS256 shared secret or a JWKS URL (RS256, EdDSA, ES256). */
export interface AppTokenSettings {
  secret: string | undefined;
  jwksUrl: string | undefined;
  loginUrl: string | undefined;
  fromEnvironment: boolean;
}

export interface EffectiveSso {
  oidc: OidcSettings | null;
  appToken: AppTokenSettings | null;
}

/** What an admin sees and edits; secrets only as "set or not". */
export interface SsoSettingsView {
  oidcEnabled: boolean;
  oidcIssuer: string | null;
  oidcClientId: string | null;
  oidcClientSecretSet: boolean;
  oidcLabel: string;
  oidcFromEnvironment: boolean;
  oidcRedirectUri: string;
  appEnabled: boolean;
  appSecretSet: boolean;
  appJwksUrl: string | null;
  appLoginUrl: string | null;
  appFromEnvironment: boolean;
  appSignInUrl: string;
}

export interface SsoSettingsChange {
  oidcEnabled: boolean;
  oidcIssuer?: string | null;
  oidcClientId?: string | null;
  /** Absent or empty: keep the one saved. */
  oidcClientSecret?: string | null;
  oidcLabel?: string | null;
  appEnabled: boolean;
  /** Absent or empty: keep the one saved (setting one clears the JWKS URL). */
  appSecret?: string | null;
  appJwksUrl?: string | null;
  appLoginUrl?: string | null;
}

interface Row {
  oidcEnabled: boolean;
  oidcIssuer: string | null;
  oidcClientId: string | null;
  oidcClientSecretSealed: string | null;
  oidcLabel: string | null;
  appEnabled: boolean;
  appSecretSealed: string | null;
  appJwksUrl: string | null;
  appLoginUrl: string | null;
}

export const DEFAULT_OIDC_LABEL = 'Single sign-on';

/**
 * Single sign-on settings: what the environment sets wins (and is read-only in the web app);
 * otherwise what an admin saved. Secrets are sealed at rest and never leave the server.
 */
@Injectable()
export class SsoSettingsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async effective(): Promise<EffectiveSso> {
    const row = await this.row();
    const env = this.config.sso;
    const secretOf = (sealed: string | null) =>
      sealed ? (unseal(this.config.secret, sealed) ?? undefined) : undefined;
    const oidcSecret = secretOf(row.oidcClientSecretSealed);
    const appSecret = secretOf(row.appSecretSealed);
    return {
      oidc: env.oidc
        ? { ...env.oidc, fromEnvironment: true }
        : row.oidcEnabled && row.oidcIssuer && row.oidcClientId && oidcSecret
          ? {
              issuer: row.oidcIssuer,
              clientId: row.oidcClientId,
              clientSecret: oidcSecret,
              label: row.oidcLabel ?? DEFAULT_OIDC_LABEL,
              fromEnvironment: false,
            }
          : null,
      appToken: env.appToken
        ? { ...env.appToken, fromEnvironment: true }
        : row.appEnabled && (appSecret || row.appJwksUrl)
          ? {
              secret: appSecret,
              jwksUrl: appSecret ? undefined : (row.appJwksUrl ?? undefined),
              loginUrl: row.appLoginUrl ?? undefined,
              fromEnvironment: false,
            }
          : null,
    };
  }

  async view(viewer: Viewer | null): Promise<SsoSettingsView> {
    requireRole(viewer, 'admin');
    const [row, effective] = await Promise.all([this.row(), this.effective()]);
    const env = this.config.sso;
    return {
      oidcEnabled: effective.oidc !== null,
      oidcIssuer: env.oidc?.issuer ?? row.oidcIssuer,
      oidcClientId: env.oidc?.clientId ?? row.oidcClientId,
      oidcClientSecretSet: Boolean(env.oidc ?? row.oidcClientSecretSealed),
      oidcLabel: env.oidc?.label ?? row.oidcLabel ?? DEFAULT_OIDC_LABEL,
      oidcFromEnvironment: Boolean(env.oidc),
      oidcRedirectUri: `${this.config.publicUrl}/sso/oidc/callback`,
      appEnabled: effective.appToken !== null,
      appSecretSet: Boolean(env.appToken ? env.appToken.secret : row.appSecretSealed),
      appJwksUrl: env.appToken ? (env.appToken.jwksUrl ?? null) : row.appJwksUrl,
      appLoginUrl: env.appToken ? (env.appToken.loginUrl ?? null) : row.appLoginUrl,
      appFromEnvironment: Boolean(env.appToken),
      appSignInUrl: `${this.config.publicUrl}/sso/app`,
    };
  }

  async update(viewer: Viewer | null, change: SsoSettingsChange): Promise<SsoSettingsView> {
    const admin = requireRole(viewer, 'admin');
    const current = await this.row();
    const text = (value: string | null | undefined) => value?.trim() || null;
    const issuer = text(change.oidcIssuer);
    const clientId = text(change.oidcClientId);
    const clientSecret = text(change.oidcClientSecret);
    const label = text(change.oidcLabel);
    const appSecret = text(change.appSecret);
    const jwksUrl = text(change.appJwksUrl);
    const loginUrl = text(change.appLoginUrl);

    const fields: FieldErrors = {};
    const urlProblem = (value: string | null) => (value === null ? null : httpUrlProblem(value));
    for (const [field, value] of [
      ['oidcIssuer', issuer],
      ['appJwksUrl', jwksUrl],
      ['appLoginUrl', loginUrl],
    ] as const) {
      const problem = urlProblem(value);
      if (problem) fields[field] = problem;
    }
    if (clientId && clientId.length > 300) fields.oidcClientId = 'Use at most 300 characters.';
    if (clientSecret && clientSecret.length > 500) fields.oidcClientSecret = 'Use at most 500 characters.';
    if (label && label.length > 60) fields.oidcLabel = 'Use at most 60 characters.';
    if (appSecret && (appSecret.length < 32 || appSecret.length > 500)) {
      fields.appSecret = 'Use a random secret of 32 to 500 characters.';
    }
    if (change.oidcEnabled && !this.config.sso.oidc) {
      if (!issuer) fields.oidcIssuer ??= 'Enter the issuer URL of your identity provider.';
      if (!clientId) fields.oidcClientId ??= 'Enter the client ID your identity provider gave Chorus.';
      if (!clientSecret && !current.oidcClientSecretSealed) fields.oidcClientSecret ??= 'Enter the client secret.';
    }
    if (change.appEnabled && !this.config.sso.appToken) {
      if (appSecret && jwksUrl) fields.appJwksUrl ??= 'Use a shared secret or a JWKS URL, not both.';
      if (!appSecret && !jwksUrl && !current.appSecretSealed) {
        fields.appSecret ??= 'Enter a shared secret (HS256), or a JWKS URL (RS256, EdDSA).';
      }
    }
    if (Object.keys(fields).length > 0) throw badInput(fields);

    await this.db.query(
      `INSERT INTO sso_settings AS s (id, oidc_enabled, oidc_issuer, oidc_client_id, oidc_client_secret_sealed, oidc_label,
              app_enabled, app_secret_sealed, app_jwks_url, app_login_url, updated_at, updated_by)
       VALUES (true, $1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10)
       ON CONFLICT (id) DO UPDATE SET
         oidc_enabled = EXCLUDED.oidc_enabled, oidc_issuer = EXCLUDED.oidc_issuer, oidc_client_id = EXCLUDED.oidc_client_id,
         oidc_client_secret_sealed = coalesce(EXCLUDED.oidc_client_secret_sealed, s.oidc_client_secret_sealed),
         oidc_label = EXCLUDED.oidc_label, app_enabled = EXCLUDED.app_enabled,
         app_secret_sealed = CASE WHEN EXCLUDED.app_jwks_url IS NOT NULL THEN NULL
                                  ELSE coalesce(EXCLUDED.app_secret_sealed, s.app_secret_sealed) END,
         app_jwks_url = CASE WHEN EXCLUDED.app_secret_sealed IS NOT NULL THEN NULL ELSE EXCLUDED.app_jwks_url END,
         app_login_url = EXCLUDED.app_login_url, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [
        change.oidcEnabled,
        issuer,
        clientId,
        clientSecret ? seal(this.config.secret, clientSecret) : null,
        label,
        change.appEnabled,
        appSecret ? seal(this.config.secret, appSecret) : null,
        jwksUrl,
        loginUrl,
        admin.id,
      ],
    );
    return this.view(viewer);
  }

  private async row(): Promise<Row> {
    const [row] = await this.db.query<Row[]>(
      `SELECT oidc_enabled AS "oidcEnabled", oidc_issuer AS "oidcIssuer", oidc_client_id AS "oidcClientId",
              oidc_client_secret_sealed AS "oidcClientSecretSealed", oidc_label AS "oidcLabel",
              app_enabled AS "appEnabled", app_secret_sealed AS "appSecretSealed", app_jwks_url AS "appJwksUrl",
              app_login_url AS "appLoginUrl"
         FROM sso_settings`,
    );
    return (
      row ?? {
        oidcEnabled: false,
        oidcIssuer: null,
        oidcClientId: null,
        oidcClientSecretSealed: null,
        oidcLabel: null,
        appEnabled: false,
        appSecretSealed: null,
        appJwksUrl: null,
        appLoginUrl: null,
      }
    );
  }
}

/** https everywhere; http only on this machine (a provider under test, a local Keycloak). */
export function httpUrlProblem(value: string): string | null {
  if (value.length > 500) return 'Use at most 500 characters.';
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) return null;
  } catch {
    // not a URL at all
  }
  return 'Enter an https:// URL.';
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
