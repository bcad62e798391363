import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'status_changed', 'official_response', 'reply', 'mention', 'vote_milestone', 'idea_merged'`;

/**
 * Release notes: staff write an entry (Markdown, a release date, linked ideas), keep it as a
 * draft and publish it once. Site-wide: one product ships across boards; what a reader may see
 * of a linked idea is decided per idea (modules/access), so the entry never carries a private
 * idea's title. `changelog` notifications tell backers of linked ideas, once per entry.
 */
export class Changelog1765800000000 implements MigrationInterface {
  name = 'Changelog1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE changelog_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        body text NOT NULL DEFAULT '' CHECK (char_length(body) <= 20000),
        released_on date NOT NULL DEFAULT current_date,
        created_by_id uuid NOT NULL REFERENCES users(id),
        published_at timestamptz,
        published_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((published_at IS NULL) = (published_by_id IS NULL))
      )`);
    await db.query(
      `CREATE INDEX changelog_entries_published_idx ON changelog_entries (released_on DESC, id DESC)
        WHERE published_at IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE changelog_entry_ideas (
        entry_id uuid NOT NULL REFERENCES changelog_entries(id) ON DELETE CASCADE,
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (entry_id, idea_id)
      )`);
    await db.query(`CREATE INDEX changelog_entry_ideas_idea_idx ON changelog_entry_ideas (idea_id)`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS}, 'changelog'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notifications WHERE kind = 'changelog'`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS}))`);
    await db.query(`DROP TABLE changelog_entry_ideas`);
    await db.query(`DROP TABLE changelog_entries`);
  }
}
