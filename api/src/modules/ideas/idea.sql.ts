/** Columns of an `ideas` row (alias `i`) as an IdeaModel. */
export const IDEA_COLUMNS = `i.id, i.board_id AS "boardId", i.author_id AS "authorId", i.status_id AS "statusId",
  i.title, i.body, i.tags, i.vote_count AS "voteCount", i.comment_count AS "commentCount",
  i.trend_score AS "trendScore", i.created_at AS "createdAt", i.updated_at AS "updatedAt",
  i.merged_into_id AS "mergedIntoId", (i.hidden_at IS NOT NULL) AS hidden, (i.pending_at IS NOT NULL) AS pending,
  (i.comments_locked_at IS NOT NULL) AS "commentsLocked", (i.staff_touched_at IS NOT NULL) AS "staffTouched"`;
