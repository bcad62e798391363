import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage } from '../../core/sql/keyset.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { isStaff, requireRole, requireViewer, type Viewer } from '../../core/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { BoardsService } from '../boards/boards.service.js';
import { FollowsService } from '../follows/follows.service.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { recountIdea } from './merge-writes.js';
import { carryVoteDetailsOver } from '../votes-on-behalf/vote-details.sql.js';
import type { DuplicateSuggestionModel, DuplicateSuggestionsArgs, MergeIdeasInput } from './merge.model.js';

/** Reputation a member needs before suggesting duplicates (staff always may). */
export const SUGGEST_DUPLICATE_REPUTATION = 20;

const SUGGESTION_COLUMNS = `d.id, coalesce(d.resolution, 'open') AS state, d.created_at AS "createdAt",
  d.idea_id AS "ideaId", d.duplicate_of_id AS "duplicateOfId", d.suggested_by_id AS "suggestedById"`;

interface LockedIdea {
  id: string;
  boardId: string;
  mergedIntoId: string | null;
  voteCount: number;
  trendScore: number;
}

/**
 * Merging duplicates (moderators and above: merging is curation, like hiding, not a product
 * decision). Design, chosen for an exact unmerge:
 * - The source keeps its own votes untouched (it is frozen: the votes module refuses votes
 *   and retractions on merged ideas), so unmerging needs nothing restored on the source.
 * - The source's votes are COPIED to the target with their original timestamps (ON CONFLICT
 *   DO NOTHING: a member backing both counts once), and exactly the rows that were added are
 *   recorded in merge_moved_votes. Unmerge deletes exactly those (user_id, created_at) rows
 *   from the target; a member who retracted and re-voted on the target meanwhile keeps the new vote.
 * - The source's followers follow the target the same way (merge_moved_follows, FollowsService.carryFollowsOver).
 * - Both idea rows are locked FOR UPDATE in id order, and castVote locks the idea row too, so
 *   a vote racing a merge is either seen and moved, or waits and then meets IDEA_MERGED (source)
 *   or ON CONFLICT (target): never lost, never doubled. Counts are recomputed from rows.
 * Chains are refused (merging into a merged idea, merging an idea others were merged into, or
 * unmerging from a target that was since merged elsewhere) so every unmerge stays exact.
 */
@Injectable()
export class MergesService {
  constructor(
    private readonly audit: AuditService,
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
    private readonly boards: BoardsService,
    private readonly follows: FollowsService,
    private readonly events: DomainEventBus,
  ) {}

  async merge(viewer: Viewer | null, input: MergeIdeasInput): Promise<IdeaModel> {
    const actor = requireRole(viewer, 'moderator');
    await this.db.transaction((tx) => this.mergeInTransaction(tx, actor, input.sourceId, input.targetId));
    return this.ideas.get(actor, input.targetId);
  }

  async unmerge(viewer: Viewer | null, sourceId: string): Promise<IdeaModel> {
    const actor = requireRole(viewer, 'moderator');
    if (!isUuid(sourceId)) throw notFound('Idea');
    await this.db.transaction(async (tx) => {
      const [merge] = await tx.query<Array<{ id: string; targetId: string }>>(
        `SELECT id, target_id AS "targetId" FROM idea_merges WHERE source_id = $1 AND undone_at IS NULL`,
        [sourceId],
      );
      if (!merge) throw conflict('NOT_MERGED', 'This idea is not merged into another one.');
      const locked = await lockIdeas(tx, [sourceId, merge.targetId]);
      const target = locked.get(merge.targetId)!;
      const source = locked.get(sourceId)!;
      if (source.mergedIntoId !== merge.targetId) {
        throw conflict('NOT_MERGED', 'This idea is not merged into another one.');
      }
      if (target.mergedIntoId) {
        throw conflict('TARGET_MERGED', 'The target was merged elsewhere since: unmerge it first.');
      }
      const removed = await rows<{ userId: string }>(
        tx,
        `DELETE FROM votes v USING merge_moved_votes m
          WHERE m.merge_id = $1 AND v.idea_id = $2 AND v.user_id = m.user_id AND v.created_at = m.created_at
          RETURNING v.user_id AS "userId"`,
        [merge.id, merge.targetId],
      );
      const unfollowed = await this.follows.dropMergedFollows(tx, merge.id, merge.targetId);
      await tx.query(`UPDATE ideas SET merged_into_id = NULL, updated_at = now() WHERE id = $1`, [sourceId]);
      await tx.query(`UPDATE ideas SET vote_count = (SELECT count(*) FROM votes WHERE idea_id = $1) WHERE id = $1`, [
        sourceId,
      ]);
      const after = await recountIdea(tx, merge.targetId);
      await tx.query(`UPDATE idea_merges SET undone_at = now(), undone_by_id = $2 WHERE id = $1`, [merge.id, actor.id]);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'idea.unmerged',
        subjectType: 'idea',
        subjectId: sourceId,
        before: { mergedIntoId: merge.targetId, targetVoteCount: target.voteCount },
        after: {
          mergedIntoId: null,
          targetVoteCount: after.voteCount,
          removedVotes: removed.length,
          removedFollows: unfollowed.length,
          mergeId: merge.id,
        },
      });
      await this.events.emit(tx, 'idea.unmerged', {
        mergeId: merge.id,
        sourceId,
        targetId: merge.targetId,
        boardId: source.boardId,
        actorId: actor.id,
        removedVoterIds: removed.map((r) => r.userId),
        targetVoteCount: after.voteCount,
      });
    });
    return this.ideas.get(actor, sourceId);
  }

  /** Members with enough reputation (and staff) point staff at a likely duplicate. */
  async suggest(viewer: Viewer | null, ideaId: string, duplicateOfId: string): Promise<DuplicateSuggestionModel> {
    const member = requireViewer(viewer);
    if (!isStaff(member)) {
      const [user] = await this.db.query<Array<{ reputation: number }>>(`SELECT reputation FROM users WHERE id = $1`, [
        member.id,
      ]);
      if (!user || user.reputation < SUGGEST_DUPLICATE_REPUTATION) {
        throw forbidden(
          `Suggesting duplicates needs ${SUGGEST_DUPLICATE_REPUTATION} reputation.`,
          'NOT_ENOUGH_REPUTATION',
        );
      }
    }
    if (ideaId === duplicateOfId) throw badInput({ duplicateOfId: 'An idea cannot duplicate itself.' });
    const [idea, original] = await Promise.all([this.ideas.get(member, ideaId), this.ideas.get(member, duplicateOfId)]);
    if (idea.boardId !== original.boardId) throw badInput({ duplicateOfId: 'Both ideas must be on the same board.' });
    if (idea.mergedIntoId || original.mergedIntoId) {
      throw conflict('IDEA_MERGED', 'One of these ideas was already merged.');
    }
    const [inserted] = await this.db.query<DuplicateSuggestionModel[]>(
      `INSERT INTO duplicate_suggestions AS d (board_id, idea_id, duplicate_of_id, suggested_by_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (idea_id, duplicate_of_id) WHERE resolved_at IS NULL DO NOTHING
       RETURNING ${SUGGESTION_COLUMNS}`,
      [idea.boardId, ideaId, duplicateOfId, member.id],
    );
    if (inserted) return inserted;
    const [existing] = await this.db.query<DuplicateSuggestionModel[]>(
      `SELECT ${SUGGESTION_COLUMNS} FROM duplicate_suggestions d
        WHERE d.idea_id = $1 AND d.duplicate_of_id = $2 AND d.resolved_at IS NULL`,
      [ideaId, duplicateOfId],
    );
    return existing;
  }

  /** Open suggestions of a board, oldest first (moderators and above). */
  async openSuggestions(
    viewer: Viewer | null,
    args: DuplicateSuggestionsArgs,
  ): Promise<ConnectionShape<DuplicateSuggestionModel>> {
    const actor = requireRole(viewer, 'moderator');
    const board = await this.boards.getVisible(actor, args.boardSlug);
    const first = pageSize(args.first);
    const params: unknown[] = [board.id];
    const page = keysetPage(
      { key: 'd.created_at', type: 'timestamptz', id: 'd.id', ascending: true },
      args.after,
      params,
    );
    params.push(first + 1);
    const open = `d.board_id = $1 AND d.resolved_at IS NULL`;
    const [found, [{ count }]] = await Promise.all([
      this.db.query<Array<DuplicateSuggestionModel & { sortKey: string }>>(
        `SELECT ${SUGGESTION_COLUMNS}, ${page.sortKey} FROM duplicate_suggestions d
          WHERE ${open} AND ${page.after} ORDER BY ${page.orderBy} LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM duplicate_suggestions d WHERE ${open}`,
        [board.id],
      ),
    ]);
    return keysetConnection(found, first, count);
  }

  /** Performs the suggested merge and closes the suggestion, in one transaction. */
  async accept(viewer: Viewer | null, id: string): Promise<DuplicateSuggestionModel> {
    const actor = requireRole(viewer, 'moderator');
    return this.db.transaction(async (tx) => {
      const open = await lockOpenSuggestion(tx, id);
      await this.mergeInTransaction(tx, actor, open.ideaId, open.duplicateOfId);
      const [suggestion] = await rows<DuplicateSuggestionModel>(
        tx,
        `UPDATE duplicate_suggestions d SET resolved_at = now(), resolved_by_id = $2, resolution = 'accepted'
          WHERE id = $1 RETURNING ${SUGGESTION_COLUMNS}`,
        [id, actor.id],
      );
      return suggestion;
    });
  }

  async dismiss(viewer: Viewer | null, id: string): Promise<DuplicateSuggestionModel> {
    const actor = requireRole(viewer, 'moderator');
    return this.db.transaction(async (tx) => {
      await lockOpenSuggestion(tx, id);
      const [suggestion] = await rows<DuplicateSuggestionModel>(
        tx,
        `UPDATE duplicate_suggestions d SET resolved_at = now(), resolved_by_id = $2, resolution = 'dismissed'
          WHERE id = $1 RETURNING ${SUGGESTION_COLUMNS}`,
        [id, actor.id],
      );
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'duplicate_suggestion.dismissed',
        subjectType: 'duplicate_suggestion',
        subjectId: id,
        before: { state: 'open' },
        after: { state: 'dismissed', ideaId: suggestion.ideaId, duplicateOfId: suggestion.duplicateOfId },
      });
      return suggestion;
    });
  }

  /** The merge itself and its `idea.merged` event, inside the caller's transaction. */
  private async mergeInTransaction(
    tx: EntityManager,
    actor: Viewer,
    sourceId: string,
    targetId: string,
  ): Promise<void> {
    if (!isUuid(sourceId) || !isUuid(targetId)) throw notFound('Idea');
    if (sourceId === targetId) throw badInput({ targetId: 'An idea cannot be merged into itself.' });
    // Visibility (private boards) through the ordinary read path first.
    const [visibleSource, visibleTarget] = await Promise.all([
      this.ideas.find(actor, sourceId),
      this.ideas.find(actor, targetId),
    ]);
    if (!visibleSource || !visibleTarget) throw notFound('Idea');
    const locked = await lockIdeas(tx, [sourceId, targetId]);
    const source = locked.get(sourceId)!;
    const target = locked.get(targetId)!;
    if (source.boardId !== target.boardId) throw badInput({ targetId: 'Both ideas must be on the same board.' });
    if (source.mergedIntoId) throw conflict('ALREADY_MERGED', 'This idea is already merged.');
    if (target.mergedIntoId) {
      throw conflict('TARGET_MERGED', 'The target was itself merged: merge into its target instead.');
    }
    const [child] = await tx.query<unknown[]>(`SELECT 1 FROM ideas WHERE merged_into_id = $1 LIMIT 1`, [sourceId]);
    if (child) {
      throw conflict(
        'SOURCE_HAS_MERGES',
        'Other ideas were merged into this one: unmerge them or merge them into the target first.',
      );
    }
    const [{ id: mergeId }] = await tx.query<Array<{ id: string }>>(
      `INSERT INTO idea_merges (source_id, target_id, merged_by_id) VALUES ($1, $2, $3) RETURNING id`,
      [sourceId, targetId, actor.id],
    );
    const moved = await tx.query<Array<{ userId: string }>>(
      `WITH added AS (
         INSERT INTO votes (idea_id, user_id, created_at)
         SELECT $2, v.user_id, v.created_at FROM votes v WHERE v.idea_id = $1
         ON CONFLICT DO NOTHING
         RETURNING user_id, created_at
       )
       INSERT INTO merge_moved_votes (merge_id, user_id, created_at)
       SELECT $3, user_id, created_at FROM added RETURNING user_id AS "userId"`,
      [sourceId, targetId, mergeId],
    );
    await carryVoteDetailsOver(tx, mergeId, sourceId, targetId);
    const followers = await this.follows.carryFollowsOver(tx, mergeId, sourceId, targetId);
    const backers = await tx.query<Array<{ userId: string }>>(
      `SELECT user_id AS "userId" FROM votes WHERE idea_id = $1`,
      [sourceId],
    );
    await tx.query(`UPDATE ideas SET merged_into_id = $2, updated_at = now() WHERE id = $1`, [sourceId, targetId]);
    const after = await recountIdea(tx, targetId);
    await this.audit.record(tx, {
      actorId: actor.id,
      action: 'idea.merged',
      subjectType: 'idea',
      subjectId: sourceId,
      before: { mergedIntoId: null, targetVoteCount: target.voteCount, targetTrendScore: target.trendScore },
      after: {
        mergedIntoId: targetId,
        targetVoteCount: after.voteCount,
        targetTrendScore: after.trendScore,
        movedVotes: moved.length,
        movedFollows: followers.length,
        mergeId,
      },
    });
    await this.events.emit(tx, 'idea.merged', {
      mergeId,
      sourceId,
      targetId,
      boardId: source.boardId,
      actorId: actor.id,
      backerIds: backers.map((b) => b.userId),
      movedVoterIds: moved.map((m) => m.userId),
      targetVoteCount: after.voteCount,
    });
  }
}

/** Locks live ideas FOR UPDATE in id order (a consistent order: two merges never deadlock). */
async function lockIdeas(tx: EntityManager, ids: string[]): Promise<Map<string, LockedIdea>> {
  const found = await tx.query<LockedIdea[]>(
    `SELECT id, board_id AS "boardId", merged_into_id AS "mergedIntoId", vote_count AS "voteCount",
            trend_score AS "trendScore"
       FROM ideas WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
    [ids],
  );
  if (found.length !== new Set(ids).size) throw notFound('Idea');
  return new Map(found.map((idea) => [idea.id, idea]));
}

async function lockOpenSuggestion(tx: EntityManager, id: string): Promise<{ ideaId: string; duplicateOfId: string }> {
  if (!isUuid(id)) throw notFound('Duplicate suggestion');
  const [open] = await tx.query<Array<{ ideaId: string; duplicateOfId: string; resolvedAt: Date | null }>>(
    `SELECT idea_id AS "ideaId", duplicate_of_id AS "duplicateOfId", resolved_at AS "resolvedAt"
       FROM duplicate_suggestions WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!open) throw notFound('Duplicate suggestion');
  if (open.resolvedAt) throw conflict('ALREADY_RESOLVED', 'This suggestion was already handled.');
  return open;
}
