import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of rate-limiter-flexible (RateLimiterPostgres; its own table layout), shared by every
 * API instance. They replace sign_in_failures, which counted a failure only after the password
 * check (parallel guesses all passed) and locked accounts out.
 */
export class RateLimits1765100000000 implements MigrationInterface {
  name = 'RateLimits1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await db.query(`DROP TABLE sign_in_failures`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE sign_in_failures (key text NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX sign_in_failures_key_at_idx ON sign_in_failures (key, at DESC)`);
    await db.query(`DROP TABLE rate_limits`);
  }
}
