import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'status_changed', 'official_response', 'reply', 'mention', 'vote_milestone'`;

/**
 * Merges carry the source's followers over to the target: merge_moved_follows records exactly
 * the follow rows a merge added (with their created_at, like merge_moved_votes), so an unmerge
 * removes those and nothing a member did since. Backers of a merged idea are notified
 * (notification kind idea_merged).
 */
export class MergeFollows1764520000000 implements MigrationInterface {
  name = 'MergeFollows1764520000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE merge_moved_follows (
        merge_id uuid NOT NULL REFERENCES idea_merges(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (merge_id, user_id)
      )`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS}, 'idea_merged'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notifications WHERE kind = 'idea_merged'`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS}))`);
    await db.query(`DROP TABLE merge_moved_follows`);
  }
}
