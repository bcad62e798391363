import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe(loadConfig.name, () => {
  it('uses the embedded database, migrations and demo data when DATABASE_URL is unset', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, migrateOnBoot: true, demoData: true });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('does not migrate or seed an external database unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/chorus' });
    expect(config).toMatchObject({ migrateOnBoot: false, demoData: false });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/chorus', CHORUS_MIGRATE_ON_BOOT: 'true' }).migrateOnBoot).toBe(
      true,
    );
  });

  it('reports every bad variable as one plain line', () => {
    expect(problemsOf({ PORT: '70000', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x' })).toEqual([
      'NODE_ENV must be one of development, production, test (got "staging")',
      'PORT must be an integer between 1 and 65535 (got "70000")',
      'DATABASE_URL must be a URL starting with postgres:// or postgresql://',
    ]);
    expect(problemsOf({ PORT: 'abc' })).toEqual(['PORT must be an integer between 1 and 65535 (got "abc")']);
  });

  it('reads single sign-on from the environment, with each mistake on its line', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      OIDC_ISSUER: 'https://login.example.com',
      OIDC_CLIENT_ID: 'chorus',
      OIDC_CLIENT_SECRET: 's3cret',
      SSO_JWT_JWKS_URL: 'https://app.example.com/.well-known/jwks.json',
      SSO_JWT_LOGIN_URL: 'https://app.example.com/login',
    });
    expect(config.sso).toEqual({
      oidc: {
        issuer: 'https://login.example.com',
        clientId: 'chorus',
        clientSecret: 's3cret',
        label: 'Single sign-on',
      },
      appToken: {
        secret: undefined,
        jwksUrl: 'https://app.example.com/.well-known/jwks.json',
        loginUrl: 'https://app.example.com/login',
      },
    });
    expect(loadConfig({ NODE_ENV: 'test' }).sso).toEqual({ oidc: undefined, appToken: undefined });
    expect(
      problemsOf({ OIDC_ISSUER: 'https://login.example.com', SSO_JWT_SECRET: 'short', SSO_JWT_JWKS_URL: 'ftp://x' }),
    ).toEqual([
      'OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET',
      'SSO_JWT_JWKS_URL must be a URL starting with https:// or http://',
      'SSO_JWT_SECRET must be at least 32 characters long',
      'Set SSO_JWT_SECRET (HS256) or SSO_JWT_JWKS_URL (RS256, EdDSA), not both',
    ]);
  });

  it('requires the admin e-mail and password together', () => {
    expect(problemsOf({ CHORUS_ADMIN_EMAIL: 'boss@example.com' })).toEqual([
      'CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD must be set together',
    ]);
    expect(problemsOf({ CHORUS_ADMIN_EMAIL: 'boss@example.com', CHORUS_ADMIN_PASSWORD: 'short' })).toEqual([
      'CHORUS_ADMIN_PASSWORD must be at least 8 characters long',
    ]);
  });

  it('requires CHORUS_SECRET in production with DATABASE_URL and checks its length', () => {
    expect(problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/chorus' })).toEqual([
      'CHORUS_SECRET must be set in production with DATABASE_URL (the same value on every instance)',
    ]);
    expect(problemsOf({ CHORUS_SECRET: 'short' })).toEqual(['CHORUS_SECRET must be at least 32 characters long']);
    const secret = 'x'.repeat(32);
    expect(
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/chorus', CHORUS_SECRET: secret }).secret,
    ).toBe(secret);
  });

  it('keeps a generated secret in the data folder, and a random one per process in tests', () => {
    const dataDir = `/tmp/chorus-config-spec-${process.pid}`;
    const first = loadConfig({ CHORUS_DATA_DIR: dataDir }).secret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ CHORUS_DATA_DIR: dataDir }).secret).toBe(first);
    expect(loadConfig({ NODE_ENV: 'test' }).secret).not.toBe(loadConfig({ NODE_ENV: 'test' }).secret);
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    const test = { NODE_ENV: 'test' };
    expect(loadConfig(test).trustProxy).toBe(false);
    expect(loadConfig({ ...test, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...test, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(problemsOf({ ...test, TRUST_PROXY: 'everyone' })).toEqual([
      'TRUST_PROXY must be a hop count, or addresses/subnets/loopback/linklocal/uniquelocal (got "everyone")',
    ]);
  });

  it('refuses placeholder secrets and passwords in production, one line each', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/chorus' };
    expect(
      problemsOf({
        ...production,
        CHORUS_SECRET: 'local-only-chorus-secret-change-me-0123456789',
        CHORUS_ADMIN_EMAIL: 'admin@chorus.local',
        CHORUS_ADMIN_PASSWORD: 'change-me-please',
      }),
    ).toEqual([
      'CHORUS_SECRET is a placeholder or well-known value; set a secret of your own (e.g. openssl rand -base64 32)',
      'CHORUS_ADMIN_PASSWORD is a placeholder or well-known value; set a secret of your own (e.g. openssl rand -base64 32)',
    ]);
    // Outside production (a laptop, the test suites) they are accepted.
    expect(problemsOf({ CHORUS_ADMIN_EMAIL: 'a@b.co', CHORUS_ADMIN_PASSWORD: 'change-me-please' })).toEqual([]);
  });

  it('listens on loopback only with the embedded database unless HOST says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://db/chorus' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'test', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});
