import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, boards, statuses, ideas, votes, comments and status history. */
export class CoreSchema1764100000000 implements MigrationInterface {
  name = 'CoreSchema1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // Trending = ln(Σ exp((t_i - epoch) / τ)) over activity events t_i (submission, votes,
    // comments), τ = 7 days. Adding an event is a log-sum-exp step, so the score is kept
    // incrementally, never overflows, and an old idea with fresh activity rises again.
    await db.query(`
      CREATE FUNCTION trend_add(score double precision, at timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT greatest(score, x) + ln(1 + exp(-abs(score - x)))
        FROM (SELECT extract(epoch FROM at - timestamptz '2025-01-01 00:00:00+00') / 604800.0 AS x) AS event
      $$`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
        display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 50),
        password_hash text NOT NULL,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator', 'product_manager', 'admin')),
        reputation integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);

    await db.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE boards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 60),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        is_private boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE board_members (
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (board_id, user_id)
      )`);
    await db.query(`CREATE INDEX board_members_user_id_idx ON board_members (user_id)`);

    await db.query(`
      CREATE TABLE statuses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 40),
        color text NOT NULL CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
        position integer NOT NULL,
        accepts_votes boolean NOT NULL DEFAULT true,
        is_closed boolean NOT NULL DEFAULT false,
        show_on_roadmap boolean NOT NULL DEFAULT false,
        UNIQUE (board_id, key)
      )`);

    await db.query(`
      CREATE TABLE ideas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        status_id uuid NOT NULL REFERENCES statuses(id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 4 AND 120),
        body text NOT NULL DEFAULT '' CHECK (char_length(body) <= 10000),
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 5),
        vote_count integer NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
        comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        trend_score double precision NOT NULL DEFAULT -1e6,
        staff_touched_at timestamptz,
        merged_into_id uuid REFERENCES ideas(id),
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
        ) STORED
      )`);
    // One index per list order; all lists hide deleted ideas.
    await db.query(`CREATE INDEX ideas_top_idx ON ideas (board_id, vote_count DESC, id DESC) WHERE deleted_at IS NULL`);
    await db.query(
      `CREATE INDEX ideas_trending_idx ON ideas (board_id, trend_score DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await db.query(`CREATE INDEX ideas_new_idx ON ideas (board_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await db.query(
      `CREATE INDEX ideas_status_idx ON ideas (status_id, vote_count DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await db.query(`CREATE INDEX ideas_author_idx ON ideas (author_id, created_at DESC)`);
    await db.query(`CREATE INDEX ideas_search_idx ON ideas USING gin (search_vector)`);
    await db.query(`CREATE INDEX ideas_tags_idx ON ideas USING gin (tags)`);
    await db.query(`CREATE INDEX ideas_title_trgm_idx ON ideas USING gist (title gist_trgm_ops)`);

    await db.query(`
      CREATE TABLE votes (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, user_id)
      )`);
    await db.query(`CREATE INDEX votes_user_id_idx ON votes (user_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        parent_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        is_official boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz
      )`);
    await db.query(`CREATE INDEX comments_idea_idx ON comments (idea_id, created_at, id) WHERE parent_id IS NULL`);
    await db.query(
      `CREATE INDEX comments_parent_idx ON comments (parent_id, created_at, id) WHERE parent_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX comments_author_idx ON comments (author_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        from_status_id uuid REFERENCES statuses(id),
        to_status_id uuid NOT NULL REFERENCES statuses(id),
        changed_by_id uuid NOT NULL REFERENCES users(id),
        note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX status_changes_idea_idx ON status_changes (idea_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'status_changes',
      'comments',
      'votes',
      'ideas',
      'statuses',
      'board_members',
      'boards',
      'api_tokens',
      'sessions',
      'users',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION trend_add(double precision, timestamptz)`);
  }
}
