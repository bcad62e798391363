/** Columns of a comment row as a CommentModel (text of a removed or hidden comment is blanked, for everyone). */
export const COMMENT_COLUMNS = `c.id, c.idea_id AS "ideaId", c.author_id AS "authorId", c.parent_id AS "parentId",
  CASE WHEN c.deleted_at IS NULL AND c.hidden_at IS NULL THEN c.body ELSE '' END AS body, c.is_official AS official,
  (c.deleted_at IS NOT NULL) AS deleted, (c.hidden_at IS NOT NULL) AS hidden, c.created_at AS "createdAt", c.edited_at AS "editedAt"`;

/** Top-level comments shown in a thread: live ones, and removed ones that still have live replies. */
export const SHOWN_TOP_LEVEL = `c.parent_id IS NULL AND (c.deleted_at IS NULL OR EXISTS (
  SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL))`;
