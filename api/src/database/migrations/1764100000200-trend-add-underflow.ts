import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORIGINAL = `
  CREATE OR REPLACE FUNCTION trend_add(score double precision, at timestamptz) RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT greatest(score, x) + ln(1 + exp(-abs(score - x)))
    FROM (SELECT extract(epoch FROM at - timestamptz '2025-01-01 00:00:00+00') / 604800.0 AS x) AS event
  $$`;

/**
 * trend_add(-1e6, now()) (the first event of a new idea: -1e6 stands for "no activity")
 * raised "value out of range: underflow" because PostgreSQL's exp() errors instead of
 * returning 0. ln(1 + exp(-d)) is below 1e-300 for d > 700, so the step is simply
 * greatest(score, x) there.
 */
export class TrendAddUnderflow1764100000200 implements MigrationInterface {
  name = 'TrendAddUnderflow1764100000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION trend_add(score double precision, at timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT greatest(score, x) + CASE WHEN abs(score - x) > 700 THEN 0 ELSE ln(1 + exp(-abs(score - x))) END
        FROM (SELECT extract(epoch FROM at - timestamptz '2025-01-01 00:00:00+00') / 604800.0 AS x) AS event
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(ORIGINAL);
  }
}
