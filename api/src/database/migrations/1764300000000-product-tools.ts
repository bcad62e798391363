import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tools for the product team: merges (with the exact votes each merge added, so an unmerge
 * undoes exactly that), duplicate suggestions, moderation (flags, hidden/pending ideas, hidden
 * comments, locked threads, suspensions, per-board pre-moderation), the audit log, staff-only
 * internal notes, and the indexes the analytics figures need.
 */
export class ProductTools1764300000000 implements MigrationInterface {
  name = 'ProductTools1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE ideas
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN pending_at timestamptz,
        ADD COLUMN comments_locked_at timestamptz`);
    await db.query(`ALTER TABLE comments ADD COLUMN hidden_at timestamptz`);
    await db.query(`ALTER TABLE users ADD COLUMN suspended_until timestamptz`);
    await db.query(`ALTER TABLE boards ADD COLUMN premoderate_first_idea boolean NOT NULL DEFAULT false`);
    await db.query(`CREATE INDEX ideas_merged_into_idx ON ideas (merged_into_id) WHERE merged_into_id IS NOT NULL`);
    await db.query(`CREATE INDEX ideas_pending_idx ON ideas (pending_at, id) WHERE pending_at IS NOT NULL`);

    await db.query(`
      CREATE TABLE idea_merges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        target_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        merged_by_id uuid NOT NULL REFERENCES users(id),
        merged_at timestamptz NOT NULL DEFAULT now(),
        undone_at timestamptz,
        undone_by_id uuid REFERENCES users(id),
        CHECK (source_id <> target_id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX idea_merges_live_source_key ON idea_merges (source_id) WHERE undone_at IS NULL`,
    );
    await db.query(`CREATE INDEX idea_merges_target_idx ON idea_merges (target_id)`);
    await db.query(`
      CREATE TABLE merge_moved_votes (
        merge_id uuid NOT NULL REFERENCES idea_merges(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (merge_id, user_id)
      )`);

    await db.query(`
      CREATE TABLE duplicate_suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        duplicate_of_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        suggested_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by_id uuid REFERENCES users(id),
        resolution text CHECK (resolution IN ('accepted', 'dismissed')),
        CHECK (idea_id <> duplicate_of_id),
        CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX duplicate_suggestions_open_key ON duplicate_suggestions (idea_id, duplicate_of_id)
        WHERE resolved_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX duplicate_suggestions_board_idx ON duplicate_suggestions (board_id, created_at, id)
        WHERE resolved_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid REFERENCES ideas(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        flagger_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('spam', 'abusive', 'off_topic', 'other')),
        note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by_id uuid REFERENCES users(id),
        item_id uuid GENERATED ALWAYS AS (coalesce(comment_id, idea_id)) STORED,
        CHECK ((idea_id IS NULL) <> (comment_id IS NULL))
      )`);
    // One open flag per member per item.
    await db.query(`CREATE UNIQUE INDEX flags_open_key ON flags (flagger_id, item_id) WHERE resolved_at IS NULL`);
    await db.query(`CREATE INDEX flags_open_item_idx ON flags (item_id, created_at) WHERE resolved_at IS NULL`);

    await db.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES users(id),
        action text NOT NULL CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
        subject_type text NOT NULL,
        subject_id uuid,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX audit_log_time_idx ON audit_log (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE internal_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX internal_notes_idea_idx ON internal_notes (idea_id, created_at, id)`);

    // Analytics: activity of a board by time (votes and comments join ideas on idea_id).
    await db.query(`CREATE INDEX votes_created_idx ON votes (created_at)`);
    await db.query(`CREATE INDEX comments_created_idx ON comments (created_at)`);
    await db.query(
      `CREATE INDEX comments_official_idx ON comments (idea_id, created_at) WHERE is_official AND deleted_at IS NULL`,
    );
    await db.query(`CREATE INDEX ideas_board_created_idx ON ideas (board_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'ideas_board_created_idx',
      'comments_official_idx',
      'comments_created_idx',
      'votes_created_idx',
    ]) {
      await db.query(`DROP INDEX ${index}`);
    }
    for (const table of [
      'internal_notes',
      'audit_log',
      'flags',
      'duplicate_suggestions',
      'merge_moved_votes',
      'idea_merges',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP INDEX ideas_pending_idx`);
    await db.query(`DROP INDEX ideas_merged_into_idx`);
    await db.query(`ALTER TABLE boards DROP COLUMN premoderate_first_idea`);
    await db.query(`ALTER TABLE users DROP COLUMN suspended_until`);
    await db.query(`ALTER TABLE comments DROP COLUMN hidden_at`);
    await db.query(`ALTER TABLE ideas DROP COLUMN comments_locked_at, DROP COLUMN pending_at, DROP COLUMN hidden_at`);
  }
}
