import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data rights: a deleted account keeps its row (its ideas and comments stay, credited to a
 * former member; its votes stay counted) with `deleted_at` set and everything personal gone.
 * `sessions.via_sso`: a session an identity provider just started confirms deleting an account
 * that has no password.
 */
export class DataRights1765300000200 implements MigrationInterface {
  name = 'DataRights1765300000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN deleted_at timestamptz`);
    await db.query(`ALTER TABLE sessions ADD COLUMN via_sso boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN via_sso`);
    await db.query(`ALTER TABLE users DROP COLUMN deleted_at`);
  }
}
