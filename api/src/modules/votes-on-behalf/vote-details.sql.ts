import type { EntityManager } from 'typeorm';

/** Columns of a recorded vote (alias `d`, vote_details) as VoteOnBehalfModel. */
export const VOTE_ON_BEHALF_COLUMNS = `d.idea_id AS "ideaId", d.user_id AS "customerId", d.recorded_by_id AS "recordedById",
  d.source, d.quote, d.importance, d.recorded_at AS "recordedAt"`;

/**
 * A merge copies the source's votes to the target (merge_moved_votes): their details (who
 * recorded them, the quote, the importance) go with them. Unmerging deletes exactly those votes,
 * and their details with them (the foreign key cascades), so an unmerge stays exact.
 */
export async function carryVoteDetailsOver(
  tx: EntityManager,
  mergeId: string,
  sourceId: string,
  targetId: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO vote_details (idea_id, user_id, importance, recorded_by_id, source, quote, recorded_at)
     SELECT $3, d.user_id, d.importance, d.recorded_by_id, d.source, d.quote, d.recorded_at
       FROM vote_details d JOIN merge_moved_votes m ON m.merge_id = $1 AND m.user_id = d.user_id
      WHERE d.idea_id = $2
     ON CONFLICT DO NOTHING`,
    [mergeId, sourceId, targetId],
  );
}
