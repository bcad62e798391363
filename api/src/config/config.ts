import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository (api/dist/config → ../../..), used for default paths. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The one typed configuration object, read from the environment once at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** Public base URL used in printed links, e-mails and feeds. */
  publicUrl: string;
  logLevel: LogLevel;
  /** `pretty`: one readable line per log (a terminal); `json`: JSON lines (anything else, or LOG_FORMAT=json). */
  logFormat: 'pretty' | 'json';
  /** Set: use this PostgreSQL. Unset: start the embedded one in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Run migrations at boot (default: only for the embedded database). */
  migrateOnBoot: boolean;
  /** Load the demo board and accounts once (default: only for the embedded database). */
  demoData: boolean;
  /** Built SPA served by the API; absent folder means API only. */
  webDistDir: string;
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  /** Sender of notification mail (`MAIL_FROM`). */
  mailFrom: string;
  /** `CHORUS_MAIL_WORKER` (default true): false, this instance leaves sending the outbox to the others. */
  mailWorker: boolean;
  /** `CHORUS_WEBHOOKS_ALLOW_PRIVATE` (default false): let webhooks call private, loopback and link-local addresses. */
  webhooksAllowPrivate: boolean;
  /** `CHORUS_JOB_WORKERS` (default true): false, this instance only enqueues jobs; the others run them. */
  jobWorkers: boolean;
  /** `CHORUS_DIGEST_HOUR` (0-23, UTC, default 8): when the daily digest goes out. */
  digestHour: number;
  /**
   * Server secret for signed links (unsubscribe). `CHORUS_SECRET` (at least 32 characters);
   * unset: required in production with DATABASE_URL (every instance must share it), otherwise
   * generated once and kept in `<dataDir>/secret` (random per process under NODE_ENV=test).
   */
  secret: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Express `trust proxy` (TRUST_PROXY): which hops' X-Forwarded-For to believe; false: none. */
  trustProxy: boolean | number | string;
  /** CHORUS_DEMO_PASSWORD: one password for every demo account (tests, e2e); unset: generated. */
  demoPassword: string | undefined;
  /** Multiplies every write and sign-up limit (CHORUS_RATE_LIMIT_SCALE, default 1; test suites raise it). */
  rateLimitScale: number;
  /** Single sign-on set by the environment (it then overrides what admins set in the web app). */
  sso: { oidc: OidcEnvConfig | undefined; appToken: AppTokenEnvConfig | undefined };
}

/** OpenID Connect (`OIDC_ISSUER`, `OIDC_CLIENT_ID`, `OIDC_CLIENT_SECRET`, `OIDC_LABEL`). */
export interface OidcEnvConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  label: string;
}

/** "Identify from your app" (`SSO_JWT_SECRET` or `SSO_JWT_JWKS_URL`, `SSO_JWT_LOGIN_URL`). */
export interface AppTokenEnvConfig {
  secret: string | undefined;
  jwksUrl: string | undefined;
  loginUrl: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; every bad variable becomes one plain line. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = read(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  };

  const integer = (name: string, min: number, max: number, fallback: number): number => {
    const value = read(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  };

  const boolean = (name: string, fallback: boolean): boolean => {
    const value = read(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  };

  const url = (name: string, protocols: string[]): string | undefined => {
    const value = read(name);
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
      return value;
    } catch {
      problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      return undefined;
    }
  };

  const path = (name: string, fallback: string): string => {
    const value = read(name) ?? fallback;
    return isAbsolute(value) ? value : resolve(repoRoot, value);
  };

  const nodeEnv = oneOf<NodeEnv>('NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = integer('PORT', 1, 65535, 3000);
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const embedded = databaseUrl === undefined;
  // The embedded database is a trial on this machine: reachable from it only, unless HOST says otherwise.
  const host = read('HOST') ?? (embedded ? '127.0.0.1' : '0.0.0.0');
  const adminEmail = read('CHORUS_ADMIN_EMAIL');
  const adminPassword = read('CHORUS_ADMIN_PASSWORD');
  if (adminEmail && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) {
    problems.push(`CHORUS_ADMIN_EMAIL must be an e-mail address (got "${adminEmail}")`);
  }
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    problems.push('CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD must be set together');
  }
  if (adminPassword !== undefined && adminPassword.length < 8) {
    problems.push('CHORUS_ADMIN_PASSWORD must be at least 8 characters long');
  }

  const oidcIssuer = url('OIDC_ISSUER', ['https:', 'http:']);
  const oidcClientId = read('OIDC_CLIENT_ID');
  const oidcClientSecret = read('OIDC_CLIENT_SECRET');
  if (read('OIDC_ISSUER') !== undefined && (!oidcClientId || !oidcClientSecret)) {
    problems.push('OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  }
  const jwtSecret = read('SSO_JWT_SECRET');
  const jwksUrl = url('SSO_JWT_JWKS_URL', ['https:', 'http:']);
  if (jwtSecret !== undefined && jwtSecret.length < 32)
    problems.push('SSO_JWT_SECRET must be at least 32 characters long');
  if (jwtSecret !== undefined && read('SSO_JWT_JWKS_URL') !== undefined) {
    problems.push('Set SSO_JWT_SECRET (HS256) or SSO_JWT_JWKS_URL (RS256, EdDSA), not both');
  }
  const jwtLoginUrl = url('SSO_JWT_LOGIN_URL', ['https:', 'http:']);

  const config: AppConfig = {
    nodeEnv,
    host,
    port,
    publicUrl: (url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/$/, ''),
    logLevel: oneOf<LogLevel>(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    logFormat: oneOf<'pretty' | 'json'>(
      'LOG_FORMAT',
      ['pretty', 'json'],
      process.stdout.isTTY && nodeEnv !== 'test' ? 'pretty' : 'json',
    ),
    databaseUrl,
    dataDir: path('CHORUS_DATA_DIR', '.data'),
    migrateOnBoot: boolean('CHORUS_MIGRATE_ON_BOOT', embedded),
    demoData: boolean('CHORUS_DEMO_DATA', embedded),
    webDistDir: path('WEB_DIST_DIR', 'web/dist'),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: read('MAIL_FROM') ?? 'Chorus <no-reply@localhost>',
    mailWorker: boolean('CHORUS_MAIL_WORKER', true),
    jobWorkers: boolean('CHORUS_JOB_WORKERS', true),
    digestHour: integer('CHORUS_DIGEST_HOUR', 0, 23, 8),
    webhooksAllowPrivate: boolean('CHORUS_WEBHOOKS_ALLOW_PRIVATE', false),
    secret: '',
    adminEmail,
    adminPassword,
    sso: {
      oidc:
        oidcIssuer && oidcClientId && oidcClientSecret
          ? {
              issuer: oidcIssuer,
              clientId: oidcClientId,
              clientSecret: oidcClientSecret,
              label: read('OIDC_LABEL') ?? 'Single sign-on',
            }
          : undefined,
      appToken: jwtSecret || jwksUrl ? { secret: jwtSecret, jwksUrl, loginUrl: jwtLoginUrl } : undefined,
    },
    trustProxy: trustProxy(read('TRUST_PROXY'), problems),
    rateLimitScale: integer('CHORUS_RATE_LIMIT_SCALE', 1, 10_000, 1),
    demoPassword: read('CHORUS_DEMO_PASSWORD'),
  };
  const secret = read('CHORUS_SECRET');
  if (secret !== undefined && secret.length < 32) problems.push('CHORUS_SECRET must be at least 32 characters long');
  else if (secret === undefined && nodeEnv === 'production' && !embedded) {
    problems.push('CHORUS_SECRET must be set in production with DATABASE_URL (the same value on every instance)');
  }
  if (nodeEnv === 'production') {
    for (const name of ['CHORUS_SECRET', 'CHORUS_ADMIN_PASSWORD', 'CHORUS_DEMO_PASSWORD']) {
      const value = read(name);
      if (value !== undefined && isPlaceholder(value))
        problems.push(
          `${name} is a placeholder or well-known value; set a secret of your own (e.g. openssl rand -base64 32)`,
        );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  config.secret =
    secret ?? (nodeEnv === 'test' ? randomBytes(32).toString('base64url') : persistedSecret(config.dataDir));
  return config;
}

/** Values shipped in examples and defaults, which anyone can look up. */
const PLACEHOLDERS =
  /change-?me|local-only|placeholder|example|secret|password|chorus-(?:admin|pm|member)|^(?:admin|test|demo|chorus)\d*$/i;
const isPlaceholder = (value: string) => value.length <= 200 && PLACEHOLDERS.test(value);

/**
 * TRUST_PROXY: unset or `false` trusts nothing (the socket's address is the client's); a number
 * trusts that many hops (`1` behind one nginx); otherwise a comma list of addresses, subnets or
 * Express's names (loopback, linklocal, uniquelocal).
 */
function trustProxy(value: string | undefined, problems: string[]): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const parts = value.split(',').map((part) => part.trim());
  const valid = (part: string) =>
    ['loopback', 'linklocal', 'uniquelocal'].includes(part) ||
    (part.length <= 49 && /^[\d.:a-f]+(?:\/\d{1,3})?$/i.test(part));
  if (value.length > 1000 || !parts.every(valid)) {
    problems.push(
      `TRUST_PROXY must be a hop count, or addresses/subnets/loopback/linklocal/uniquelocal (got "${value.slice(0, 100)}")`,
    );
    return false;
  }
  return parts.join(', ');
}

/** The generated secret kept in the data folder (created on first use, readable by the owner only). */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}

/** Injection token for the AppConfig object. */
export const APP_CONFIG = Symbol('APP_CONFIG');
