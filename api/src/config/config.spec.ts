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

  it('requires the admin e-mail and password together', () => {
    expect(problemsOf({ CHORUS_ADMIN_EMAIL: 'boss@example.com' })).toEqual([
      'CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD must be set together',
    ]);
    expect(problemsOf({ CHORUS_ADMIN_EMAIL: 'boss@example.com', CHORUS_ADMIN_PASSWORD: 'short' })).toEqual([
      'CHORUS_ADMIN_PASSWORD must be at least 8 characters long',
    ]);
  });
});
