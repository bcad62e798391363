/** A member's public profile (route `profile`, `/u/:id`). */
export function profilePath(userId: string): string {
  return `/u/${encodeURIComponent(userId)}`;
}

/** A board's leaderboard (route `leaderboard`). */
export function leaderboardPath(boardSlug: string): string {
  return `/b/${encodeURIComponent(boardSlug)}/leaderboard`;
}

/** The element id of a comment on its idea page (`#comment-<id>` links scroll to it). */
export function commentAnchor(commentId: string): string {
  return `comment-${commentId}`;
}

/** An idea's page, at one of its comments when given. */
export function ideaPath(ideaId: string, commentId?: string | null): string {
  return `/ideas/${ideaId}${commentId ? `#${commentAnchor(commentId)}` : ''}`;
}
