import type { MigrationInterface, QueryRunner } from 'typeorm';

/** UTC day of a timestamptz expression. */
const day = (at: string) => `(${at} AT TIME ZONE 'UTC')::date`;

/**
 * Daily rollups for the analytics dashboard, so a 90-day load reads ~100 board-day rows and
 * the period's member-day rows instead of every vote of the period plus three probes per member.
 *
 * - `analytics_activity(board, from, to)` is the one definition of "activity" (submission,
 *   counted vote, live comment; see AnalyticsService for the conventions). The rollups and the
 *   dashboard's partial edge days both read it, so they cannot disagree.
 * - Triggers append the (board, UTC day) pairs a write may have changed to
 *   `analytics_stale_days`: one insert per statement, no read-modify-write on hot rows.
 * - `analytics_refresh(board)` (run by every dashboard load, before it reads) recomputes the
 *   stale days from `analytics_activity`, so the rollups equal a full recount by construction.
 *   It deletes only the marks its snapshot sees: a write committing meanwhile keeps its mark
 *   and is folded next time. An advisory lock serialises refreshes of one board, so an older
 *   snapshot never overwrites a newer one.
 */
export class AnalyticsRollups1764530000000 implements MigrationInterface {
  name = 'AnalyticsRollups1764530000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE analytics_stale_days (
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        day date NOT NULL
      )`);
    await db.query(`CREATE INDEX analytics_stale_days_board_idx ON analytics_stale_days (board_id)`);
    await db.query(`
      CREATE TABLE analytics_board_days (
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        day date NOT NULL,
        ideas integer NOT NULL,
        votes integer NOT NULL,
        comments integer NOT NULL,
        PRIMARY KEY (board_id, day)
      )`);
    // One row per member and day with activity, plus the member's running totals up to that day:
    // a member's totals over [d0, d1) are two index probes (last row before d1 minus last row
    // before d0), whatever the length of the period.
    await db.query(`
      CREATE TABLE analytics_member_days (
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        day date NOT NULL,
        ideas integer NOT NULL,
        votes integer NOT NULL,
        comments integer NOT NULL,
        first_at timestamptz NOT NULL,
        cum_ideas integer NOT NULL DEFAULT 0,
        cum_votes integer NOT NULL DEFAULT 0,
        cum_comments integer NOT NULL DEFAULT 0,
        -- Covering: the dashboard's probes are index-only scans.
        PRIMARY KEY (board_id, user_id, day) INCLUDE (ideas, votes, comments, first_at, cum_ideas, cum_votes, cum_comments)
      )`);
    await db.query(`CREATE INDEX analytics_member_days_day_idx ON analytics_member_days (board_id, day)`);
    // Everyone ever active on the board, with their last day and totals so far: a dashboard
    // probes a member's running totals only when the period does not reach past that day.
    await db.query(`
      CREATE TABLE analytics_members (
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        last_day date,
        ideas integer NOT NULL DEFAULT 0,
        votes integer NOT NULL DEFAULT 0,
        comments integer NOT NULL DEFAULT 0,
        PRIMARY KEY (board_id, user_id)
      )`);

    await db.query(`
      CREATE FUNCTION analytics_activity(b uuid, since timestamptz, until timestamptz)
      RETURNS TABLE (user_id uuid, at timestamptz, kind text) LANGUAGE sql STABLE AS $$
        SELECT i.author_id, i.created_at, 'idea'::text FROM ideas i
         WHERE i.board_id = b AND i.deleted_at IS NULL AND i.created_at >= since AND i.created_at < until
        UNION ALL
        SELECT v.user_id, v.created_at, 'vote'::text FROM votes v JOIN ideas i ON i.id = v.idea_id
         WHERE i.board_id = b AND v.created_at >= since AND v.created_at < until AND i.deleted_at IS NULL
           AND NOT (v.user_id = i.author_id AND v.created_at = i.created_at)
           AND NOT EXISTS (
             SELECT 1 FROM merge_moved_votes m JOIN idea_merges im ON im.id = m.merge_id
              WHERE im.target_id = v.idea_id AND im.undone_at IS NULL AND m.user_id = v.user_id
                AND m.created_at = v.created_at)
        UNION ALL
        SELECT c.author_id, c.created_at, 'comment'::text FROM comments c JOIN ideas i ON i.id = c.idea_id
         WHERE i.board_id = b AND i.deleted_at IS NULL AND c.deleted_at IS NULL
           AND c.created_at >= since AND c.created_at < until
      $$`);

    await db.query(`
      CREATE FUNCTION analytics_refresh(b uuid) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        stale date[];
        touched uuid[];
        since date;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('analytics_refresh:' || b::text, 0));
        WITH marks AS (DELETE FROM analytics_stale_days WHERE board_id = b RETURNING day)
        SELECT array_agg(DISTINCT day), min(day) INTO stale, since FROM marks;
        IF stale IS NULL THEN
          RETURN 0;
        END IF;
        WITH gone AS (DELETE FROM analytics_member_days WHERE board_id = b AND day = ANY (stale) RETURNING user_id)
        SELECT array_agg(DISTINCT user_id) INTO touched FROM gone;
        DELETE FROM analytics_board_days WHERE board_id = b AND day = ANY (stale);
        -- Stale days in runs of consecutive days: one range read per run (a rebuild is one pass).
        WITH runs AS (
          SELECT min(day) AS first, max(day) + 1 AS last
            FROM (SELECT day, day - (row_number() OVER (ORDER BY day))::int AS run FROM unnest(stale) AS s(day)) d
           GROUP BY run),
        fresh AS (
          INSERT INTO analytics_member_days (board_id, user_id, day, ideas, votes, comments, first_at)
          SELECT b, a.user_id, (a.at AT TIME ZONE 'UTC')::date, count(*) FILTER (WHERE a.kind = 'idea'),
                 count(*) FILTER (WHERE a.kind = 'vote'), count(*) FILTER (WHERE a.kind = 'comment'), min(a.at)
            FROM runs CROSS JOIN LATERAL analytics_activity(b, runs.first::timestamp AT TIME ZONE 'UTC',
                                                            runs.last::timestamp AT TIME ZONE 'UTC') a
           GROUP BY 2, 3
          RETURNING user_id)
        SELECT array_agg(DISTINCT user_id) || coalesce(touched, '{}') INTO touched FROM fresh;
        INSERT INTO analytics_board_days (board_id, day, ideas, votes, comments)
        SELECT b, day, sum(ideas), sum(votes), sum(comments) FROM analytics_member_days
         WHERE board_id = b AND day = ANY (stale) GROUP BY day;
        INSERT INTO analytics_members (board_id, user_id)
        SELECT DISTINCT b, u FROM unnest(touched) AS t(u) WHERE u IS NOT NULL ON CONFLICT DO NOTHING;
        -- Running totals of the touched members from the first stale day on.
        UPDATE analytics_member_days t
           SET cum_ideas = r.cum_ideas, cum_votes = r.cum_votes, cum_comments = r.cum_comments
          FROM (
            SELECT d.user_id, d.day,
                   coalesce(base.cum_ideas, 0) + sum(d.ideas) OVER w AS cum_ideas,
                   coalesce(base.cum_votes, 0) + sum(d.votes) OVER w AS cum_votes,
                   coalesce(base.cum_comments, 0) + sum(d.comments) OVER w AS cum_comments
              FROM (SELECT DISTINCT u FROM unnest(touched) AS t(u)) m
              JOIN analytics_member_days d ON d.board_id = b AND d.user_id = m.u AND d.day >= since
              LEFT JOIN LATERAL (
                SELECT p.cum_ideas, p.cum_votes, p.cum_comments FROM analytics_member_days p
                 WHERE p.board_id = b AND p.user_id = m.u AND p.day < since ORDER BY p.day DESC LIMIT 1) base ON true
            WINDOW w AS (PARTITION BY d.user_id ORDER BY d.day)) r
         WHERE t.board_id = b AND t.user_id = r.user_id AND t.day = r.day
           AND (t.cum_ideas, t.cum_votes, t.cum_comments) IS DISTINCT FROM (r.cum_ideas, r.cum_votes, r.cum_comments);
        UPDATE analytics_members m
           SET last_day = l.day, ideas = coalesce(l.cum_ideas, 0), votes = coalesce(l.cum_votes, 0),
               comments = coalesce(l.cum_comments, 0)
          FROM (SELECT DISTINCT u FROM unnest(touched) AS t(u)) t
          LEFT JOIN LATERAL (
            SELECT d.day, d.cum_ideas, d.cum_votes, d.cum_comments FROM analytics_member_days d
             WHERE d.board_id = b AND d.user_id = t.u ORDER BY d.day DESC LIMIT 1) l ON true
         WHERE m.board_id = b AND m.user_id = t.u;
        RETURN cardinality(stale);
      END $$`);

    // Marks. Statement-level where a statement may touch many rows (merges, seeds, cascades).
    const mark = (table: 'votes' | 'comments' | 'ideas', event: 'INSERT' | 'DELETE', rows: 'NEW' | 'OLD') => {
      const select =
        table === 'ideas'
          ? `SELECT DISTINCT r.board_id, ${day('r.created_at')} FROM changed r`
          : `SELECT DISTINCT i.board_id, ${day('r.created_at')} FROM changed r JOIN ideas i ON i.id = r.idea_id`;
      return [
        `CREATE FUNCTION analytics_mark_${table}_${event.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           INSERT INTO analytics_stale_days (board_id, day) ${select};
           RETURN NULL;
         END $$`,
        `CREATE TRIGGER ${table}_analytics_${event.toLowerCase()} AFTER ${event} ON ${table}
         REFERENCING ${rows} TABLE AS changed FOR EACH STATEMENT
         EXECUTE FUNCTION analytics_mark_${table}_${event.toLowerCase()}()`,
      ];
    };
    for (const sql of [
      ...mark('votes', 'INSERT', 'NEW'),
      ...mark('votes', 'DELETE', 'OLD'),
      ...mark('comments', 'INSERT', 'NEW'),
      ...mark('comments', 'DELETE', 'OLD'),
      ...mark('ideas', 'INSERT', 'NEW'),
    ]) {
      await db.query(sql);
    }
    await db.query(`
      CREATE FUNCTION analytics_mark_comment_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO analytics_stale_days (board_id, day)
        SELECT i.board_id, ${day('NEW.created_at')} FROM ideas i WHERE i.id = NEW.idea_id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER comments_analytics_update AFTER UPDATE OF deleted_at ON comments FOR EACH ROW
      WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at) EXECUTE FUNCTION analytics_mark_comment_change()`);
    // Deleting, restoring, moving or removing an idea changes every day it, its votes and comments
    // (and the votes merges copied from or onto it) were counted on. BEFORE DELETE: the cascade
    // removes the votes and comments before any AFTER trigger could read them.
    await db.query(`
      CREATE FUNCTION analytics_mark_idea_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO analytics_stale_days (board_id, day)
        SELECT DISTINCT boards.id, d.day
          FROM (SELECT OLD.board_id AS id UNION SELECT NEW.board_id WHERE TG_OP = 'UPDATE') boards
          CROSS JOIN (
            SELECT ${day('OLD.created_at')} AS day
            UNION SELECT ${day('v.created_at')} FROM votes v WHERE v.idea_id = OLD.id
            UNION SELECT ${day('c.created_at')} FROM comments c WHERE c.idea_id = OLD.id) d;
        IF TG_OP = 'DELETE' THEN
          INSERT INTO analytics_stale_days (board_id, day)
          SELECT DISTINCT t.board_id, ${day('m.created_at')}
            FROM idea_merges im JOIN merge_moved_votes m ON m.merge_id = im.id JOIN ideas t ON t.id = im.target_id
           WHERE im.source_id = OLD.id;
          RETURN OLD;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER ideas_analytics_update AFTER UPDATE OF deleted_at, board_id ON ideas FOR EACH ROW
      WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.board_id IS DISTINCT FROM NEW.board_id)
      EXECUTE FUNCTION analytics_mark_idea_change()`);
    await db.query(`
      CREATE TRIGGER ideas_analytics_delete BEFORE DELETE ON ideas FOR EACH ROW
      EXECUTE FUNCTION analytics_mark_idea_change()`);

    // Authors' own votes were stamped with the idea's created_at cut to milliseconds (a JS Date),
    // so they counted as separate votes: give them the idea's exact time.
    await db.query(`
      UPDATE votes v SET created_at = i.created_at FROM ideas i
       WHERE i.id = v.idea_id AND v.user_id = i.author_id AND v.created_at <> i.created_at
         AND v.created_at = date_trunc('milliseconds', i.created_at)`);
    // Existing data: mark every day with activity, then fold.
    await db.query(`
      INSERT INTO analytics_stale_days (board_id, day)
      SELECT DISTINCT board_id, ${day('at')} FROM (
        SELECT i.board_id, i.created_at AS at FROM ideas i
        UNION ALL SELECT i.board_id, v.created_at FROM votes v JOIN ideas i ON i.id = v.idea_id
        UNION ALL SELECT i.board_id, c.created_at FROM comments c JOIN ideas i ON i.id = c.idea_id) a`);
    await db.query(`SELECT analytics_refresh(id) FROM boards`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER ideas_analytics_delete ON ideas`);
    await db.query(`DROP TRIGGER ideas_analytics_update ON ideas`);
    await db.query(`DROP TRIGGER comments_analytics_update ON comments`);
    await db.query(`DROP FUNCTION analytics_mark_idea_change()`);
    await db.query(`DROP FUNCTION analytics_mark_comment_change()`);
    for (const [table, event] of [
      ['votes', 'insert'],
      ['votes', 'delete'],
      ['comments', 'insert'],
      ['comments', 'delete'],
      ['ideas', 'insert'],
    ]) {
      await db.query(`DROP TRIGGER ${table}_analytics_${event} ON ${table}`);
      await db.query(`DROP FUNCTION analytics_mark_${table}_${event}()`);
    }
    await db.query(`DROP FUNCTION analytics_refresh(uuid)`);
    await db.query(`DROP FUNCTION analytics_activity(uuid, timestamptz, timestamptz)`);
    await db.query(`DROP TABLE analytics_members`);
    await db.query(`DROP TABLE analytics_member_days`);
    await db.query(`DROP TABLE analytics_board_days`);
    await db.query(`DROP TABLE analytics_stale_days`);
  }
}
