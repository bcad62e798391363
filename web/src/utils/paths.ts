/** A member's public profile (route `profile`, `/u/:id`). */
export function profilePath(userId: string): string {
  return `/u/${encodeURIComponent(userId)}`;
}

/** A board's leaderboard (route `leaderboard`). */
export function leaderboardPath(boardSlug: string): string {
  return `/b/${encodeURIComponent(boardSlug)}/leaderboard`;
}
