import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verified e-mail, recovery and sessions you can see:
 * - `users.email_verified_at`: mail goes only to verified addresses. Accounts from before
 *   verification existed count as verified (they have been receiving mail all along).
 * - The address is unique among VERIFIED accounts only, so a squatter's unverified sign-up
 *   cannot lock the owner out: whoever verifies first holds it (a few unverified sign-ups may
 *   share it meanwhile; `users_email_idx` serves sign-in by address).
 * - `account_tokens`: single-use, expiring e-mail verification and password reset links, only
 *   their keyed hash stored; `email` is the address a verification token proves.
 * - `sessions.user_agent`: what the sessions page shows for each device.
 */
export class AccountRecovery1765300000000 implements MigrationInterface {
  name = 'AccountRecovery1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN email_verified_at timestamptz`);
    await db.query(`UPDATE users SET email_verified_at = created_at`);
    await db.query(`DROP INDEX users_email_key`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE email_verified_at IS NOT NULL`);
    await db.query(`CREATE INDEX users_email_idx ON users (lower(email))`);
    await db.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
        token_hash bytea NOT NULL UNIQUE,
        email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose, created_at)`);
    await db.query(`ALTER TABLE sessions ADD COLUMN user_agent text CHECK (char_length(user_agent) <= 300)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN user_agent`);
    await db.query(`DROP TABLE account_tokens`);
    await db.query(`DROP INDEX users_email_idx`);
    await db.query(`DROP INDEX users_email_key`);
    // Fails (and changes nothing) while unverified sign-ups share an address: never deletes accounts.
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await db.query(`ALTER TABLE users DROP COLUMN email_verified_at`);
  }
}
