import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../../core/errors.js';
import { rows } from '../../core/sql/rows.js';

/** What a vote write did: whether a row was really inserted/deleted, and the idea's count after it. */
export interface VoteWrite {
  changed: boolean;
  voteCount: number;
}

/**
 * Casts `userId`'s vote inside the caller's transaction. This is the function submitIdea
 * calls so the author backs their own idea in the same transaction as the insert:
 *
 * ```ts
 * const ideaId = await this.db.transaction(async (tx) => {
 *   const [{ id }] = await tx.query(`INSERT INTO ideas (...) VALUES (...) RETURNING id`, [...]);
 *   await this.votes.castInTransaction(tx, id, author.id);
 *   return id;
 * });
 * this.events.emit('idea.submitted', ...); // after commit
 * ```
 *
 * It runs the SQL function vote_cast (migration 1765700000000): locks the idea row (FOR NO KEY
 * UPDATE), refuses deleted (NOT_FOUND), merged (CONFLICT IDEA_MERGED) and closed-for-voting
 * (CONFLICT VOTING_CLOSED) ideas, inserts the vote once (votes primary key, ON CONFLICT DO
 * NOTHING) and, only when a row was inserted, adds 1 to vote_count and the vote to trend_score.
 *
 * It does NOT check visibility (the caller has) and does NOT emit `vote.cast`: events go
 * out after commit, so the caller emits one if it wants to. Other modules reach it through
 * `VotesService.castInTransaction`.
 */
export async function castVoteInTransaction(tx: EntityManager, ideaId: string, userId: string): Promise<VoteWrite> {
  const [result] = await rows<VotableState & { found: boolean; changed: boolean; voteCount: number }>(
    tx,
    `SELECT found, merged, accepts_votes AS "acceptsVotes", changed, (idea).vote_count AS "voteCount"
       FROM vote_cast($1, $2)`,
    [ideaId, userId],
  );
  mustTakeVotes(result.found ? result : undefined);
  return { changed: result.changed, voteCount: result.voteCount };
}

/** Withdraws `userId`'s vote inside the caller's transaction; a no-op when there is none. Same refusals as casting. */
export async function retractVoteInTransaction(tx: EntityManager, ideaId: string, userId: string): Promise<VoteWrite> {
  await lockVotableIdea(tx, ideaId);
  const [result] = await rows<VoteWrite>(
    tx,
    `WITH del AS (DELETE FROM votes WHERE idea_id = $1 AND user_id = $2 RETURNING 1)
     UPDATE ideas SET vote_count = vote_count - (SELECT count(*) FROM del)
      WHERE id = $1
      RETURNING vote_count AS "voteCount", EXISTS (SELECT 1 FROM del) AS changed`,
    [ideaId, userId],
  );
  return result;
}

/**
 * Locks the idea row for the rest of the transaction (a concurrent status change or merge is
 * seen before, or waits for, this vote) and checks it still takes votes.
 */
async function lockVotableIdea(tx: EntityManager, ideaId: string): Promise<void> {
  const [idea] = await tx.query<VotableState[]>(
    `SELECT i.merged_into_id IS NOT NULL AS merged, s.accepts_votes AS "acceptsVotes"
       FROM ideas i JOIN statuses s ON s.id = i.status_id
      WHERE i.id = $1 AND i.deleted_at IS NULL
        FOR NO KEY UPDATE OF i`,
    [ideaId],
  );
  mustTakeVotes(idea);
}

/** Whether a (found, locked) idea takes votes: merged into another, and its status's rule. */
export interface VotableState {
  merged: boolean;
  acceptsVotes: boolean;
}

/** NOT_FOUND when the idea was not found, CONFLICT IDEA_MERGED or VOTING_CLOSED when it takes no votes. */
export function mustTakeVotes(idea: VotableState | undefined): void {
  if (!idea) throw notFound('Idea');
  if (idea.merged) throw conflict('IDEA_MERGED', 'This idea was merged into another one; vote there instead.');
  if (!idea.acceptsVotes) throw conflict('VOTING_CLOSED', 'This idea is closed for voting.');
}
