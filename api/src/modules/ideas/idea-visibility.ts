/**
 * The one visibility rule for ideas in every list, search, similar-ideas, roadmap and feed
 * read path (alias `i`): not deleted, not merged away, not hidden by a moderator, not waiting
 * for pre-moderation. Staff reach hidden and pending ideas only through `idea(id)`, the
 * moderation queue and `pendingIdeas`.
 */
export const VISIBLE_IDEA = `(i.deleted_at IS NULL AND i.hidden_at IS NULL AND i.pending_at IS NULL)`;

/** Listed ideas: visible and not merged into another one. */
export const LISTED_IDEA = `(${VISIBLE_IDEA} AND i.merged_into_id IS NULL)`;
