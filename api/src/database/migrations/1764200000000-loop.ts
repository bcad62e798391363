import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing the loop: follows, notifications (one per recipient and event), the mail outbox,
 * notification preferences, helpful answers and the reputation ledger.
 */
export class Loop1764200000000 implements MigrationInterface {
  name = 'Loop1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_follows (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, user_id)
      )`);
    await db.query(`CREATE INDEX idea_follows_user_idx ON idea_follows (user_id)`);
    // An explicit unfollow is remembered so that a later vote or comment does not follow again.
    await db.query(`
      CREATE TABLE idea_unfollows (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (idea_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE board_follows (
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (board_id, user_id)
      )`);
    await db.query(`CREATE INDEX board_follows_user_idx ON board_follows (user_id)`);

    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        email text NOT NULL DEFAULT 'immediately' CHECK (email IN ('immediately', 'daily', 'never')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        event_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('status_changed', 'official_response', 'reply', 'mention', 'vote_milestone')),
        idea_id uuid REFERENCES ideas(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}',
        email_state text NOT NULL CHECK (email_state IN ('queued', 'digest', 'digested', 'off')),
        emailed_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recipient_id, event_key)
      )`);
    await db.query(
      `CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX notifications_unread_idx ON notifications (recipient_id, created_at DESC, id DESC) WHERE read_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX notifications_digest_idx ON notifications (recipient_id) WHERE email_state = 'digest'`,
    );
    await db.query(`CREATE INDEX notifications_idea_idx ON notifications (idea_id, event_key)`);

    await db.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        payload jsonb NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE sent_at IS NULL`);

    await db.query(
      `ALTER TABLE comments ADD COLUMN helpful_at timestamptz, ADD COLUMN helpful_by_id uuid REFERENCES users(id)`,
    );
    await db.query(`CREATE INDEX comments_helpful_idx ON comments (author_id) WHERE helpful_at IS NOT NULL`);

    // Every point a member holds, one row per (member, reason, subject): re-awarding is an
    // upsert, so users.reputation moves by the exact difference and can be rebuilt from history.
    await db.query(`
      CREATE TABLE reputation_awards (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('first_idea', 'votes', 'planned', 'done', 'helpful')),
        subject_id uuid NOT NULL,
        board_id uuid REFERENCES boards(id) ON DELETE CASCADE,
        points integer NOT NULL,
        awarded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, reason, subject_id)
      )`);
    await db.query(`CREATE INDEX reputation_awards_board_idx ON reputation_awards (board_id, awarded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reputation_awards`);
    await db.query(`ALTER TABLE comments DROP COLUMN helpful_at, DROP COLUMN helpful_by_id`);
    for (const table of [
      'outbox',
      'notifications',
      'notification_preferences',
      'board_follows',
      'idea_unfollows',
      'idea_follows',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
