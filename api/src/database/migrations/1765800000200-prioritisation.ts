import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prioritisation: staff rate an idea's impact, confidence and effort; reach is derived (its
 * backers; companies later); admins choose the formula once for the whole site (one row).
 * Impact on RICE's scale (0.25 minimal … 3 massive), confidence in percent, effort in
 * person-months.
 */
export class Prioritisation1765800000200 implements MigrationInterface {
  name = 'Prioritisation1765800000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_priorities (
        idea_id uuid PRIMARY KEY REFERENCES ideas(id) ON DELETE CASCADE,
        impact numeric(4, 2) CHECK (impact IN (0.25, 0.5, 1, 2, 3)),
        confidence integer CHECK (confidence BETWEEN 0 AND 100),
        effort numeric(8, 2) CHECK (effort > 0 AND effort <= 1000),
        updated_by_id uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE score_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        formula text NOT NULL DEFAULT 'rice' CHECK (formula IN ('rice', 'weighted_votes')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`INSERT INTO score_settings DEFAULT VALUES`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE score_settings`);
    await db.query(`DROP TABLE idea_priorities`);
  }
}
