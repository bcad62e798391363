import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trend_add() raised "value out of range: underflow" whenever the two terms were far apart,
 * e.g. the first activity on an idea still at the default score -1e6: PostgreSQL's exp()
 * errors instead of returning 0 for exp(-1e6). Clamping the gap at 50 changes no result
 * (ln(1 + e^-50) ≈ 2e-22 is below double precision next to the larger term).
 */
export class TrendAddUnderflow1764100000200 implements MigrationInterface {
  name = 'TrendAddUnderflow1764100000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION trend_add(score double precision, at timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT greatest(score, x) + ln(1 + exp(-least(abs(score - x), 50)))
        FROM (SELECT extract(epoch FROM at - timestamptz '2025-01-01 00:00:00+00') / 604800.0 AS x) AS event
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION trend_add(score double precision, at timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT greatest(score, x) + ln(1 + exp(-abs(score - x)))
        FROM (SELECT extract(epoch FROM at - timestamptz '2025-01-01 00:00:00+00') / 604800.0 AS x) AS event
      $$`);
  }
}
