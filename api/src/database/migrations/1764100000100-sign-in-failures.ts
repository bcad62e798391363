import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins per account and per address, so repeated guessing is slowed across all API instances. */
export class SignInFailures1764100000100 implements MigrationInterface {
  name = 'SignInFailures1764100000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_failures (
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX sign_in_failures_key_at_idx ON sign_in_failures (key, at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_failures`);
  }
}
