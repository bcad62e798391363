import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `vote_cast(idea, user)`: the rules of casting a vote in one round trip, so a castVote request
 * is one statement. It locks the idea row first (FOR NO KEY UPDATE: a concurrent merge or
 * status change is seen before, or waits for, the vote), refuses deleted, merged and closed
 * ideas (found/merged/accepts_votes say which), inserts the vote once (votes primary key) and,
 * only when a row was inserted, adds it to vote_count and trend_score. Each statement inside
 * takes a fresh snapshot (a VOLATILE function under READ COMMITTED), so the row it returns is the
 * latest version: a vote that lost a race to the same member's other vote reports the count
 * that one made.
 */
export class VoteCastFunction1765700000000 implements MigrationInterface {
  name = 'VoteCastFunction1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION vote_cast(p_idea uuid, p_user uuid)
      RETURNS TABLE (found boolean, merged boolean, accepts_votes boolean, changed boolean, idea ideas)
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        r ideas;
        open_for_votes boolean;
      BEGIN
        SELECT i.* INTO r FROM ideas i WHERE i.id = p_idea AND i.deleted_at IS NULL FOR NO KEY UPDATE;
        IF NOT FOUND THEN
          RETURN QUERY SELECT false, false, false, false, NULL::ideas;
          RETURN;
        END IF;
        SELECT s.accepts_votes INTO open_for_votes FROM statuses s WHERE s.id = r.status_id;
        IF r.merged_into_id IS NOT NULL OR NOT open_for_votes THEN
          RETURN QUERY SELECT true, r.merged_into_id IS NOT NULL, open_for_votes, false, r;
          RETURN;
        END IF;
        INSERT INTO votes (idea_id, user_id) VALUES (p_idea, p_user) ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN
          RETURN QUERY SELECT true, false, true, false, r;
          RETURN;
        END IF;
        UPDATE ideas SET vote_count = vote_count + 1, trend_score = trend_add(trend_score, now())
         WHERE id = p_idea RETURNING * INTO r;
        RETURN QUERY SELECT true, false, true, true, r;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION vote_cast(uuid, uuid)`);
  }
}
