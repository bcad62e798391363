import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireRole } from '../../core/viewer.js';
import type { Viewer } from '../../core/viewer.js';
import { badInput } from '../../core/errors.js';
import { BoardsService } from '../boards/boards.service.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { LISTED_IDEA } from '../access/access.js';
import { IDEA_COLUMNS } from '../ideas/idea.sql.js';
import type {
  BoardAnalyticsModel,
  MemberActivityModel,
  StatusFunnelModel,
  TopContributorModel,
  WeeklyActivityModel,
} from './analytics.model.js';

const MAX_DAYS = 731;
const DAY_MS = 86_400_000;

/**
 * How a period [from, to) splits for the rollups: whole UTC days [fullFrom, fullTo) read from
 * the daily tables, and the partial days before and after them (empty when from/to are
 * midnights, as the dashboard sends them) read from the rows through analytics_activity.
 */
export function splitPeriod(
  from: Date,
  to: Date,
): { fullFrom: Date; fullTo: Date; before: [Date, Date]; after: [Date, Date] } {
  const ceilDay = new Date(Math.ceil(from.getTime() / DAY_MS) * DAY_MS);
  const floorDay = new Date(Math.floor(to.getTime() / DAY_MS) * DAY_MS);
  if (ceilDay >= floorDay) return { fullFrom: ceilDay, fullTo: ceilDay, before: [from, to], after: [to, to] };
  return { fullFrom: ceilDay, fullTo: floorDay, before: [from, ceilDay], after: [floorDay, to] };
}

/**
 * Board analytics for staff (product managers and admins). Set-based SQL over the board's rows in
 * [from, to): three statements run concurrently (activity figures from the daily rollups of
 * migration AnalyticsRollups1764530000000, cohort figures, most wanted).
 * Conventions: deleted ideas and comments are left out; the author's own vote at submission
 * is part of submitting, not a separate vote; a vote a merge copied onto the target is
 * counted once (on the source, where it was cast); weeks are ISO weeks in UTC.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly db: DataSource,
    private readonly boards: BoardsService,
  ) {}

  async board(viewer: Viewer | null, boardSlug: string, from: Date, to: Date): Promise<BoardAnalyticsModel> {
    const staff = requireRole(viewer, 'product_manager');
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
      throw badInput({ to: '`to` must be after `from`.' });
    }
    if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) throw badInput({ to: 'Pick at most two years.' });
    const board = await this.boards.getVisible(staff, boardSlug);
    const params = [board.id, from, to];
    const [{ weeks, members, topContributors }, [cohort], mostWanted] = await Promise.all([
      this.activity(board.id, from, to),
      this.db.query<
        Array<
          StatusFunnelModel & {
            medianHoursToFirstResponse: number | null;
            medianHoursToDone: number | null;
            answeredWithin7DaysShare: number | null;
          }
        >
      >(
        `WITH cohort AS (
           SELECT i.id, i.created_at FROM ideas i
            WHERE i.board_id = $1 AND i.deleted_at IS NULL AND i.created_at >= $2 AND i.created_at < $3
         ), changes AS (
           SELECT sc.idea_id, min(sc.created_at) AS first_change,
                  bool_or(s.key IN ('planned', 'in_progress', 'done')) AS planned,
                  min(sc.created_at) FILTER (WHERE s.key = 'done') AS done_at
             FROM status_changes sc JOIN statuses s ON s.id = sc.to_status_id
            WHERE sc.idea_id IN (SELECT id FROM cohort) GROUP BY sc.idea_id
         ), official AS (
           SELECT o.idea_id, min(o.created_at) AS first_official FROM comments o
            WHERE o.is_official AND o.deleted_at IS NULL AND o.idea_id IN (SELECT id FROM cohort) GROUP BY o.idea_id
         ), per_idea AS (
           SELECT c.created_at, coalesce(ch.planned, false) AS planned, ch.done_at,
                  least(ch.first_change, o.first_official) AS answered_at
             FROM cohort c LEFT JOIN changes ch ON ch.idea_id = c.id LEFT JOIN official o ON o.idea_id = c.id
         )
         SELECT count(*)::int AS submitted,
                count(*) FILTER (WHERE planned)::int AS "reachedPlanned",
                count(done_at)::int AS "reachedDone",
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at) / 3600.0)
                  AS "medianHoursToFirstResponse",
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM done_at - created_at) / 3600.0)
                  AS "medianHoursToDone",
                (count(*) FILTER (WHERE answered_at <= created_at + interval '7 days'))::float8 / nullif(count(*), 0)
                  AS "answeredWithin7DaysShare"
           FROM per_idea`,
        params,
      ),
      this.db.query<IdeaModel[]>(
        `SELECT ${IDEA_COLUMNS} FROM ideas i JOIN statuses s ON s.id = i.status_id
          WHERE i.board_id = $1 AND ${LISTED_IDEA} AND NOT s.is_closed
          ORDER BY i.vote_count DESC, i.id DESC LIMIT 10`,
        [board.id],
      ),
    ]);
    const { medianHoursToFirstResponse, medianHoursToDone, answeredWithin7DaysShare, ...funnel } = cohort;
    return {
      from,
      to,
      weeks,
      members,
      topContributors,
      funnel,
      medianHoursToFirstResponse,
      medianHoursToDone,
      answeredWithin7DaysShare,
      mostWanted,
    };
  }

  /**
   * The activity figures (weeks, members, top contributors) in one statement over the daily
   * rollups (brought up to date first), plus the rows of partial edge days.
   */
  private async activity(
    boardId: string,
    from: Date,
    to: Date,
  ): Promise<{ weeks: WeeklyActivityModel[]; members: MemberActivityModel; topContributors: TopContributorModel[] }> {
    await this.db.query(`SELECT analytics_refresh($1)`, [boardId]);
    const { fullFrom, fullTo, before, after } = splitPeriod(from, to);
    const [row] = await this.db.query<
      Array<{
        weeks: Array<Omit<WeeklyActivityModel, 'weekStart'> & { weekStart: string }>;
        members: MemberActivityModel;
        topContributors: TopContributorModel[] | null;
      }>
    >(
      `WITH edge AS MATERIALIZED (
              SELECT a.user_id, (a.at AT TIME ZONE 'UTC')::date AS day,
                     count(*) FILTER (WHERE a.kind = 'idea')::int AS ideas,
                     count(*) FILTER (WHERE a.kind = 'vote')::int AS votes,
                     count(*) FILTER (WHERE a.kind = 'comment')::int AS comments
                FROM (SELECT * FROM analytics_activity($1, $4, $5) UNION ALL SELECT * FROM analytics_activity($1, $8, $9)) a
               GROUP BY 1, 2),
            daily AS (
              SELECT day, ideas, votes, comments FROM analytics_board_days
               WHERE board_id = $1 AND day >= $6::date AND day < $7::date
              UNION ALL SELECT day, ideas, votes, comments FROM edge),
            counted AS (
              SELECT date_trunc('week', day::timestamp) AS week, sum(ideas)::int AS ideas,
                     sum(votes)::int AS votes, sum(comments)::int AS comments
                FROM daily GROUP BY 1),
            weeks AS (
              SELECT w.week, coalesce(c.ideas, 0) AS ideas, coalesce(c.votes, 0) AS votes,
                     coalesce(c.comments, 0) AS comments
                FROM generate_series(date_trunc('week', $2::timestamptz AT TIME ZONE 'UTC'),
                                     ($3::timestamptz - interval '1 microsecond') AT TIME ZONE 'UTC', interval '1 week')
                       AS w(week)
                LEFT JOIN counted c ON c.week = w.week),
            edge_members AS (
              SELECT user_id, sum(ideas) AS ideas, sum(votes) AS votes, sum(comments) AS comments FROM edge GROUP BY 1),
            -- Per member: running totals before $7 minus before $6 (at most two probes), plus the partial days.
            -- Active before \`from\`: a day before from's day, or from's day with activity before from.
            members AS MATERIALIZED (
              SELECT m.user_id,
                     (coalesce(e.cum_ideas, 0) - coalesce(s.cum_ideas, 0) + coalesce(x.ideas, 0))::int AS ideas,
                     (coalesce(e.cum_votes, 0) - coalesce(s.cum_votes, 0) + coalesce(x.votes, 0))::int AS votes,
                     (coalesce(e.cum_comments, 0) - coalesce(s.cum_comments, 0) + coalesce(x.comments, 0))::int AS comments,
                     s.day < ($2::timestamptz AT TIME ZONE 'UTC')::date OR s.first_at < $2
                       OR s.cum_ideas + s.cum_votes + s.cum_comments > s.ideas + s.votes + s.comments AS earlier
                FROM analytics_members m
                -- Running totals are probed only where the period reaches past the member's last
                -- day; otherwise they are the totals kept on the member row.
                LEFT JOIN LATERAL (
                  (SELECT d.day, d.first_at, d.ideas, d.votes, d.comments, d.cum_ideas, d.cum_votes, d.cum_comments
                     FROM analytics_member_days d
                    WHERE m.last_day >= ($2::timestamptz AT TIME ZONE 'UTC')::date
                      AND d.board_id = $1 AND d.user_id = m.user_id AND d.day < $6::date
                    ORDER BY d.day DESC LIMIT 1)
                  UNION ALL SELECT m.last_day, NULL, 0, 0, 0, m.ideas, m.votes, m.comments
                   WHERE m.last_day < ($2::timestamptz AT TIME ZONE 'UTC')::date
                  LIMIT 1) s ON true
                LEFT JOIN LATERAL (
                  (SELECT d.cum_ideas, d.cum_votes, d.cum_comments FROM analytics_member_days d
                    WHERE m.last_day >= $7::date AND d.board_id = $1 AND d.user_id = m.user_id AND d.day < $7::date
                    ORDER BY d.day DESC LIMIT 1)
                  UNION ALL SELECT m.ideas, m.votes, m.comments WHERE m.last_day < $7::date OR m.last_day IS NULL
                  LIMIT 1) e ON true
                LEFT JOIN edge_members x ON x.user_id = m.user_id
               WHERE m.board_id = $1),
            active AS (SELECT * FROM members WHERE ideas + votes + comments > 0),
            top AS (
              SELECT user_id AS "userId", ideas, comments, votes FROM active
               ORDER BY ideas + comments DESC, votes DESC, user_id LIMIT 10)
       SELECT (SELECT json_agg(json_build_object('weekStart', to_char(week, 'YYYY-MM-DD"T"00:00:00"Z"'), 'ideas', ideas,
                                                 'votes', votes, 'comments', comments) ORDER BY week) FROM weeks) AS weeks,
              (SELECT json_build_object('active', count(*), 'new', count(*) FILTER (WHERE earlier IS NOT TRUE),
                                        'returning', count(*) FILTER (WHERE earlier)) FROM active) AS members,
              (SELECT json_agg(json_build_object('userId', "userId", 'ideas', ideas, 'comments', comments, 'votes', votes)
                               ORDER BY ideas + comments DESC, votes DESC, "userId") FROM top) AS "topContributors"`,
      [boardId, from, to, ...before, day(fullFrom), day(fullTo), ...after],
    );
    return {
      weeks: row.weeks.map((w) => ({ ...w, weekStart: new Date(w.weekStart) })),
      members: row.members,
      topContributors: row.topContributors ?? [],
    };
  }

  /** boardAnalytics as CSV for spreadsheets, contributors by name. */
  async boardCsv(viewer: Viewer | null, boardSlug: string, from: Date, to: Date): Promise<string> {
    const figures = await this.board(viewer, boardSlug, from, to);
    const users = await this.db.query<Array<{ id: string; name: string }>>(
      `SELECT id, display_name AS name FROM users WHERE id = ANY($1::uuid[])`,
      [figures.topContributors.map((c) => c.userId)],
    );
    return analyticsCsv(figures, new Map(users.map((u) => [u.id, u.name])));
  }
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The figures as CSV rows `figure,label,value` (RFC 4180 quoting). */
export function analyticsCsv(a: BoardAnalyticsModel, names: Map<string, string>): string {
  const rows: Array<[string, string, string | number | null]> = [];
  for (const w of a.weeks) {
    const week = w.weekStart.toISOString().slice(0, 10);
    rows.push(
      ['ideas_per_week', week, w.ideas],
      ['votes_per_week', week, w.votes],
      ['comments_per_week', week, w.comments],
    );
  }
  rows.push(
    ['members', 'active', a.members.active],
    ['members', 'new', a.members.new],
    ['members', 'returning', a.members.returning],
  );
  for (const c of a.topContributors) {
    const name = names.get(c.userId) ?? c.userId;
    rows.push(['top_contributor_ideas', name, c.ideas], ['top_contributor_comments', name, c.comments]);
    rows.push(['top_contributor_votes', name, c.votes]);
  }
  rows.push(
    ['funnel', 'submitted', a.funnel.submitted],
    ['funnel', 'reached_planned', a.funnel.reachedPlanned],
    ['funnel', 'reached_done', a.funnel.reachedDone],
    ['median_hours', 'to_first_response', a.medianHoursToFirstResponse],
    ['median_hours', 'to_done', a.medianHoursToDone],
    ['answered_within_7_days', 'share', a.answeredWithin7DaysShare],
  );
  for (const idea of a.mostWanted) rows.push(['most_wanted_votes', idea.title, idea.voteCount]);
  const cell = (value: string | number | null) => {
    let text = value === null ? '' : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`; // no formulas in spreadsheets
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return ['figure,label,value', ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}
