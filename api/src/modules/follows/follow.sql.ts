/**
 * Follows idea `idea` for member `user` (SQL expressions: parameters, or columns of `from`) unless
 * they unfollowed it explicitly before; following twice is one follow. A statement of its own or
 * a CTE of the write that causes it (a vote follows its idea in the vote's statement).
 */
export const autoFollowSql = (idea: string, user: string, from?: string) =>
  `INSERT INTO idea_follows (idea_id, user_id)
   SELECT ${idea}, ${user}${from ? ` FROM ${from}` : ''}
    WHERE NOT EXISTS (SELECT 1 FROM idea_unfollows u WHERE u.idea_id = ${idea} AND u.user_id = ${user})
   ON CONFLICT DO NOTHING`;
