import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { badInput, type FieldErrors } from '../../core/errors.js';
import { seal, unseal } from '../../core/secret-box.js';
import { rows } from '../../core/sql/rows.js';
import { requireRole, type Viewer } from '../../core/viewer.js';
import { AuditService } from '../audit/audit.service.js';

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

const ROW_COLUMNS = `oidc_enabled AS "oidcEnabled", oidc_issuer AS "oidcIssuer", oidc_client_id AS "oidcClientId",
  oidc_client_secret_sealed AS "oidcClientSecretSealed", oidc_label AS "oidcLabel",
  app_enabled AS "appEnabled", app_secret_sealed AS "appSecretSealed", app_jwks_url AS "appJwksUrl",
  app_login_url AS "appLoginUrl"`;

/** Settings recorded in the audit log as they are. */
const PLAIN_FIELDS = [
  'oidcEnabled',
  'oidcIssuer',
  'oidcClientId',
  'oidcLabel',
  'appEnabled',
  'appJwksUrl',
  'appLoginUrl',
] as const satisfies ReadonlyArray<keyof Row>;
/** Secrets: the audit log records only that one was set, replaced or removed. */
const SECRET_FIELDS = { oidcClientSecret: 'oidcClientSecretSealed', appSecret: 'appSecretSealed' } as const;

/**
 * What an admin's save changed, for the audit log: one key per changed setting, its value
 * before and after; a secret only as `set` / `not set` before and `new secret` / `not set`
 * after (neither the secret nor its sealed form is ever written there). Null when nothing changed.
 */
function settingsChange(
  before: Row,
  after: Row,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const field of PLAIN_FIELDS) {
    if (before[field] === after[field]) continue;
    was[field] = before[field];
    now[field] = after[field];
  }
  for (const [field, column] of Object.entries(SECRET_FIELDS)) {
    if (before[column] === after[column]) continue;
    was[field] = before[column] === null ? 'not set' : 'set';
    now[field] = after[column] === null ? 'not set' : 'new secret';
  }
  return Object.keys(now).length > 0 ? { before: was, after: now } : null;
}

/**
 * Single sign-on settings: what the environment sets wins (and is read-only in the web app);
 * otherwise what an admin saved. Secrets are sealed at rest and never leave the server.
 */
@Injectable()
export class SsoSettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
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

    await this.db.transaction(async (tx) => {
      // The one row, created with the defaults on the first save, locked so `before` is exact.
      await tx.query(`INSERT INTO sso_settings (id) VALUES (true) ON CONFLICT DO NOTHING`);
      const before = await this.row(tx, 'FOR UPDATE');
      const [after] = await rows<Row>(
        tx,
        `UPDATE sso_settings s SET oidc_enabled = $1, oidc_issuer = $2, oidc_client_id = $3,
                oidc_client_secret_sealed = coalesce($4, s.oidc_client_secret_sealed), oidc_label = $5,
                app_enabled = $6,
                -- A shared secret and a JWKS URL exclude each other: setting one clears the other.
                app_secret_sealed = CASE WHEN $8::text IS NOT NULL THEN NULL ELSE coalesce($7, s.app_secret_sealed) END,
                app_jwks_url = CASE WHEN $7::text IS NOT NULL THEN NULL ELSE $8 END,
                app_login_url = $9, updated_at = now(), updated_by = $10
          RETURNING ${ROW_COLUMNS}`,
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
      const changed = settingsChange(before, after);
      if (changed) {
        await this.audit.record(tx, {
          actorId: admin.id,
          action: 'sso_settings.updated',
          subjectType: 'sso_settings',
          subjectId: null,
          ...changed,
        });
      }
    });
    return this.view(viewer);
  }

  private async row(tx: EntityManager = this.db.manager, lock: '' | 'FOR UPDATE' = ''): Promise<Row> {
    const [row] = await tx.query<Row[]>(`SELECT ${ROW_COLUMNS} FROM sso_settings ${lock}`);
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
