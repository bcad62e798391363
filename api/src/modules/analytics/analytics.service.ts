import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireRole } from '../../common/auth/roles.js';
import type { Viewer } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { BoardsService } from '../boards/boards.service.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { LISTED_IDEA } from '../ideas/idea-visibility.js';
import { IDEA_COLUMNS } from '../ideas/ideas.service.js';
import type {
  BoardAnalyticsModel,
  MemberActivityModel,
  StatusFunnelModel,
  TopContributorModel,
  WeeklyActivityModel,
} from './analytics.model.js';

const MAX_DAYS = 731;

/** Votes that a live merge copied onto its target: the same vote already counted on the source. */
const NOT_MERGE_COPY = `NOT EXISTS (
  SELECT 1 FROM merge_moved_votes m JOIN idea_merges im ON im.id = m.merge_id
   WHERE im.target_id = v.idea_id AND im.undone_at IS NULL AND m.user_id = v.user_id AND m.created_at = v.created_at)`;

/** Votes cast (not the author's own vote at submission, which is part of submitting, nor merge copies). */
const COUNTED_VOTE = `i.deleted_at IS NULL AND NOT (v.user_id = i.author_id AND v.created_at = i.created_at) AND ${NOT_MERGE_COPY}`;

/**
 * Every activity on board $1 in [$2, $3) (submission, vote, comment) with its member, time and
 * kind; deleted ideas and comments left out. Each branch is a range scan on its created_at index.
 */
const PERIOD_ACTIVITY = `
  SELECT i.author_id AS user_id, i.created_at AS at, 'idea' AS kind FROM ideas i
   WHERE i.board_id = $1 AND i.deleted_at IS NULL AND i.created_at >= $2 AND i.created_at < $3
  UNION ALL
  SELECT v.user_id, v.created_at, 'vote' FROM votes v JOIN ideas i ON i.id = v.idea_id
   WHERE i.board_id = $1 AND v.created_at >= $2 AND v.created_at < $3 AND ${COUNTED_VOTE}
  UNION ALL
  SELECT c.author_id, c.created_at, 'comment' FROM comments c JOIN ideas i ON i.id = c.idea_id
   WHERE i.board_id = $1 AND i.deleted_at IS NULL AND c.deleted_at IS NULL AND c.created_at >= $2 AND c.created_at < $3`;

/** Whether member `a.user_id` was active on board $1 before $2 (index probes by member and time). */
const ACTIVE_BEFORE = `(
  EXISTS (SELECT 1 FROM ideas i WHERE i.author_id = a.user_id AND i.created_at < $2 AND i.board_id = $1
             AND i.deleted_at IS NULL)
  OR EXISTS (SELECT 1 FROM votes v JOIN ideas i ON i.id = v.idea_id
              WHERE v.user_id = a.user_id AND v.created_at < $2 AND i.board_id = $1 AND ${COUNTED_VOTE})
  OR EXISTS (SELECT 1 FROM comments c JOIN ideas i ON i.id = c.idea_id
              WHERE c.author_id = a.user_id AND c.created_at < $2 AND i.board_id = $1 AND i.deleted_at IS NULL
                AND c.deleted_at IS NULL))`;

/**
 * Board analytics for staff (product managers and admins). Set-based SQL over the board's rows in
 * [from, to): three statements run concurrently (activity figures, cohort figures, most wanted).
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
      this.activity(params),
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
   * The activity figures (weeks, members, top contributors) in one statement: the period's
   * activity is read once (a MATERIALIZED CTE) and aggregated three ways.
   */
  private async activity(
    params: unknown[],
  ): Promise<{ weeks: WeeklyActivityModel[]; members: MemberActivityModel; topContributors: TopContributorModel[] }> {
    const [row] = await this.db.query<
      Array<{
        weeks: Array<Omit<WeeklyActivityModel, 'weekStart'> & { weekStart: string }>;
        members: MemberActivityModel;
        topContributors: TopContributorModel[] | null;
      }>
    >(
      `WITH a AS MATERIALIZED (${PERIOD_ACTIVITY}),
            counted AS (
              SELECT date_trunc('week', at AT TIME ZONE 'UTC') AS week,
                     count(*) FILTER (WHERE kind = 'idea')::int AS ideas,
                     count(*) FILTER (WHERE kind = 'vote')::int AS votes,
                     count(*) FILTER (WHERE kind = 'comment')::int AS comments
                FROM a GROUP BY 1),
            weeks AS (
              SELECT w.week, coalesce(c.ideas, 0) AS ideas, coalesce(c.votes, 0) AS votes,
                     coalesce(c.comments, 0) AS comments
                FROM generate_series(date_trunc('week', $2::timestamptz AT TIME ZONE 'UTC'),
                                     ($3::timestamptz - interval '1 microsecond') AT TIME ZONE 'UTC', interval '1 week')
                       AS w(week)
                LEFT JOIN counted c ON c.week = w.week),
            top AS (
              SELECT user_id AS "userId", count(*) FILTER (WHERE kind = 'idea')::int AS ideas,
                     count(*) FILTER (WHERE kind = 'comment')::int AS comments,
                     count(*) FILTER (WHERE kind = 'vote')::int AS votes,
                     count(*) FILTER (WHERE kind <> 'vote') AS contributions
                FROM a GROUP BY user_id
               ORDER BY contributions DESC, votes DESC, user_id LIMIT 10),
            m AS (SELECT ${ACTIVE_BEFORE} AS earlier FROM (SELECT DISTINCT user_id FROM a) a)
       SELECT (SELECT json_agg(json_build_object('weekStart', to_char(week, 'YYYY-MM-DD"T"00:00:00"Z"'), 'ideas', ideas,
                                                 'votes', votes, 'comments', comments) ORDER BY week) FROM weeks) AS weeks,
              (SELECT json_build_object('active', count(*), 'new', count(*) FILTER (WHERE NOT earlier),
                                        'returning', count(*) FILTER (WHERE earlier)) FROM m) AS members,
              (SELECT json_agg(json_build_object('userId', "userId", 'ideas', ideas, 'comments', comments, 'votes', votes)
                               ORDER BY contributions DESC, votes DESC, "userId") FROM top) AS "topContributors"`,
      params,
    );
    return {
      weeks: row.weeks.map((w) => ({ ...w, weekStart: new Date(w.weekStart) })),
      members: row.members,
      topContributors: row.topContributors ?? [],
    };
  }
}

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
