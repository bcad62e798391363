import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What staff know about a vote besides the vote itself: who recorded it for the customer, from
 * which conversation, in the customer's words, and how much it matters to them (also set by
 * members on their own votes). One row per vote at most, keyed like the vote and deleted with
 * it; the vote row stays the one thing that is counted. The customer is a user (`user_id`), so a
 * companies table can later hang off users without touching votes.
 */
export class VotesOnBehalf1765800000100 implements MigrationInterface {
  name = 'VotesOnBehalf1765800000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vote_details (
        idea_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        importance text CHECK (importance IN ('nice_to_have', 'important', 'must_have')),
        recorded_by_id uuid REFERENCES users(id),
        source text CHECK (source IN ('call', 'email', 'chat', 'other')),
        quote text NOT NULL DEFAULT '' CHECK (char_length(quote) <= 2000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, user_id),
        FOREIGN KEY (idea_id, user_id) REFERENCES votes (idea_id, user_id) ON DELETE CASCADE,
        CHECK ((recorded_by_id IS NULL) = (source IS NULL))
      )`);
    await db.query(
      `CREATE INDEX vote_details_on_behalf_idx ON vote_details (idea_id, recorded_at) WHERE recorded_by_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE vote_details`);
  }
}
