import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on:
 * - `sso_settings`: the one row of what admins set in the web app (the environment overrides
 *   it); secrets sealed under CHORUS_SECRET (core/secret-box.ts).
 * - `user_identities`: an account's sign-ins elsewhere, by provider and subject: an OpenID
 *   Connect issuer's `sub`, or the id the company's own app signs ("identify from your app").
 * - `used_app_tokens`: app tokens already used, until they expire.
 * - `users.company`: the company such an app says a member belongs to.
 */
export class SingleSignOn1765300000100 implements MigrationInterface {
  name = 'SingleSignOn1765300000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sso_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        oidc_enabled boolean NOT NULL DEFAULT false,
        oidc_issuer text CHECK (char_length(oidc_issuer) <= 500),
        oidc_client_id text CHECK (char_length(oidc_client_id) <= 300),
        oidc_client_secret_sealed text CHECK (char_length(oidc_client_secret_sealed) <= 2000),
        oidc_label text CHECK (char_length(oidc_label) BETWEEN 1 AND 60),
        app_enabled boolean NOT NULL DEFAULT false,
        app_secret_sealed text CHECK (char_length(app_secret_sealed) <= 2000),
        app_jwks_url text CHECK (char_length(app_jwks_url) <= 500),
        app_login_url text CHECK (char_length(app_login_url) <= 500),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await db.query(`
      CREATE TABLE user_identities (
        provider text NOT NULL CHECK (provider IN ('oidc', 'app')),
        issuer text NOT NULL CHECK (char_length(issuer) <= 500),
        subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 255),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, issuer, subject)
      )`);
    await db.query(`CREATE INDEX user_identities_user_idx ON user_identities (user_id)`);
    // Tokens from the company's app are single-use: a replayed one (a shared link, a browser
    // history) is refused while it would still be valid.
    await db.query(`
      CREATE TABLE used_app_tokens (
        token_hash bytea PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`ALTER TABLE users ADD COLUMN company text CHECK (char_length(company) <= 100)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN company`);
    await db.query(`DROP TABLE used_app_tokens`);
    await db.query(`DROP TABLE user_identities`);
    await db.query(`DROP TABLE sso_settings`);
  }
}
