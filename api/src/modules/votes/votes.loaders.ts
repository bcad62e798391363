import type { DataSource } from 'typeorm';

/**
 * Which of `ideaIds` `userId` has voted on, in key order: one statement for a whole page
 * (batch function of the per-request `viewerHasVoted` loader).
 */
export async function votedOn(db: DataSource, userId: string, ideaIds: readonly string[]): Promise<boolean[]> {
  const found = await db.query<Array<{ ideaId: string }>>(
    `SELECT idea_id AS "ideaId" FROM votes WHERE user_id = $1 AND idea_id = ANY($2::uuid[])`,
    [userId, ideaIds],
  );
  const voted = new Set(found.map((row) => row.ideaId));
  return ideaIds.map((id) => voted.has(id));
}
