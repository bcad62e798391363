import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../../core/sql/uuid.js';
import { isStaff, STAFF_ROLES_SQL, type Viewer } from '../../core/viewer.js';

/**
 * Who may see which board, idea and comment: the one home of these rules. Every read path builds
 * its WHERE clause from these fragments (aliases `b` boards, `i` ideas unless given), and the
 * functions below run the same fragments, so a rule changes in one place.
 *
 * - A board: public, or private and the person is staff or a granted member (board_members).
 * - An idea on its own: not deleted; hidden ones for staff only; pending ones (pre-moderation)
 *   for staff and their author; and its board visible.
 * - An idea in lists, search, feeds, roadmap, profiles and analytics: also not hidden and not
 *   pending for anyone (staff reach those through the moderation queue), and when listed not merged.
 * - A comment: its idea readable (the text of hidden or removed comments is blanked for everyone).
 */

/** Whose access a fragment checks: SQL expressions for "is staff" and "the user's id". */
export interface Audience {
  staff: string;
  userId: string;
}

/** The request's viewer as an audience: pushes two parameters onto `params`. */
export function viewerAudience(viewer: Viewer | null, params: unknown[]): Audience {
  params.push(isStaff(viewer), viewer?.id ?? null);
  return { staff: `$${params.length - 1}::boolean`, userId: `$${params.length}::uuid` };
}

/** Every row of `users` (alias `u`) as an audience: recipients of a fan-out, in one statement. */
export const userAudience = (u = 'u'): Audience => ({
  staff: `(${u}.role IN (${STAFF_ROLES_SQL}))`,
  userId: `${u}.id`,
});

/** Board `b` is visible to `who`. */
export const boardVisibleTo = (who: Audience, b = 'b') =>
  `(NOT ${b}.is_private OR ${who.staff} OR EXISTS (
     SELECT 1 FROM board_members bm WHERE bm.board_id = ${b}.id AND bm.user_id = ${who.userId}))`;

/** Idea `i` is shown to everyone who sees its board: not deleted, hidden or waiting for pre-moderation. */
export const ideaPublic = (i = 'i') =>
  `(${i}.deleted_at IS NULL AND ${i}.hidden_at IS NULL AND ${i}.pending_at IS NULL)`;

/** Idea `i` is listed: public and not merged into another idea. */
export const ideaListed = (i = 'i') => `(${ideaPublic(i)} AND ${i}.merged_into_id IS NULL)`;

/** Idea `i` may be read on its own by `who` (its board's visibility is checked with boardVisibleTo). */
export const ideaReadableBy = (who: Audience, i = 'i') =>
  `(${i}.deleted_at IS NULL AND (${i}.hidden_at IS NULL OR ${who.staff})
    AND (${i}.pending_at IS NULL OR ${who.staff} OR ${i}.author_id = ${who.userId}))`;

/** Public ideas (alias `i`): for lists that show merged ideas too. */
export const VISIBLE_IDEA = ideaPublic();
/** Listed ideas (alias `i`): every list, search, similar-ideas, roadmap, feed and analytics path. */
export const LISTED_IDEA = ideaListed();

/**
 * Scopes of the idea-by-id loader, named by what a field may show: `readable` as on the idea's
 * own page (staff see hidden ones), `public` as in lists (merged ideas included).
 */
export type IdeaScope = 'readable' | 'public';

/** The condition for idea `i` on board `b` in `scope` for `who`. */
export function ideaInScope(scope: IdeaScope, who: Audience): string {
  const idea = scope === 'readable' ? ideaReadableBy(who) : VISIBLE_IDEA;
  return `(${idea} AND ${boardVisibleTo(who)})`;
}

type Db = DataSource | EntityManager;

/** Whether `viewer` may see the board `boardId`. */
export async function canSeeBoard(db: Db, viewer: Viewer | null, boardId: string): Promise<boolean> {
  if (!isUuid(boardId)) return false;
  const params: unknown[] = [boardId];
  const who = viewerAudience(viewer, params);
  const found = await db.query<unknown[]>(`SELECT 1 FROM boards b WHERE b.id = $1 AND ${boardVisibleTo(who)}`, params);
  return found.length > 0;
}

/** Whether `viewer` may read the idea `ideaId` (and so its comments) on its own page. */
export async function canReadIdea(db: Db, viewer: Viewer | null, ideaId: string): Promise<boolean> {
  if (!isUuid(ideaId)) return false;
  const params: unknown[] = [ideaId];
  const who = viewerAudience(viewer, params);
  const found = await db.query<unknown[]>(
    `SELECT 1 FROM ideas i JOIN boards b ON b.id = i.board_id WHERE i.id = $1 AND ${ideaInScope('readable', who)}`,
    params,
  );
  return found.length > 0;
}
