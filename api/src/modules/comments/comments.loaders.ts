import type { DataSource } from 'typeorm';
import type { ConnectionShape } from '../../common/pagination/connection.js';
import { encodeCursor, toConnection } from '../../common/pagination/connection.js';
import type { CommentModel } from './comment.model.js';

/** Columns of a comment row as a CommentModel (text of a removed or hidden comment is blanked, for everyone). */
export const COMMENT_COLUMNS = `c.id, c.idea_id AS "ideaId", c.author_id AS "authorId", c.parent_id AS "parentId",
  CASE WHEN c.deleted_at IS NULL AND c.hidden_at IS NULL THEN c.body ELSE '' END AS body, c.is_official AS official,
  (c.deleted_at IS NOT NULL) AS deleted, (c.hidden_at IS NOT NULL) AS hidden, c.created_at AS "createdAt", c.edited_at AS "editedAt"`;

/** Top-level comments shown in a thread: live ones, and removed ones that still have live replies. */
export const SHOWN_TOP_LEVEL = `c.parent_id IS NULL AND (c.deleted_at IS NULL OR EXISTS (
  SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL))`;

/** Key of one page of an idea's top-level comments; `after` is an already-validated cursor. */
export interface CommentPageKey {
  ideaId: string;
  first: number;
  after: [string, string] | null;
}

type PageRow = CommentModel & { sortKey: string };

/**
 * Pages of top-level comments (oldest first, keyset on (created_at, id)) for many ideas at
 * once: one LATERAL statement plus one count per distinct (first, after), so a list of ideas
 * asking for their comments costs two statements, not two per idea.
 */
export async function commentPages(
  db: DataSource,
  keys: readonly CommentPageKey[],
): Promise<Array<ConnectionShape<CommentModel>>> {
  const groups = new Map<string, CommentPageKey[]>();
  for (const key of keys) {
    const group = JSON.stringify([key.first, key.after]);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const pages = new Map<CommentPageKey, ConnectionShape<CommentModel>>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const { first, after } = group[0];
      const ideaIds = [...new Set(group.map((k) => k.ideaId))];
      const params: unknown[] = [ideaIds, first + 1];
      let keyset = '';
      if (after) {
        params.push(after[0], after[1]);
        keyset = 'AND (c.created_at, c.id) > ($3::timestamptz, $4::uuid)';
      }
      const [found, counts] = await Promise.all([
        db.query<PageRow[]>(
          `SELECT page.* FROM unnest($1::uuid[]) AS k(idea_id)
           CROSS JOIN LATERAL (
             SELECT ${COMMENT_COLUMNS}, c.created_at::text AS "sortKey" FROM comments c
              WHERE c.idea_id = k.idea_id AND ${SHOWN_TOP_LEVEL} ${keyset}
              ORDER BY c.created_at, c.id LIMIT $2
           ) page`,
          params,
        ),
        db.query<Array<{ ideaId: string; count: number }>>(
          `SELECT c.idea_id AS "ideaId", count(*)::int AS count FROM comments c
            WHERE c.idea_id = ANY($1::uuid[]) AND ${SHOWN_TOP_LEVEL} GROUP BY c.idea_id`,
          [ideaIds],
        ),
      ]);
      const totals = new Map(counts.map((row) => [row.ideaId, row.count]));
      for (const key of group) {
        const mine = found.filter((row) => row.ideaId === key.ideaId);
        pages.set(
          key,
          toConnection(
            mine,
            first,
            totals.get(key.ideaId) ?? 0,
            (row) => encodeCursor([row.sortKey, row.id]),
            stripSortKey,
          ),
        );
      }
    }),
  );
  return keys.map((key) => pages.get(key)!);
}

/** Live replies of each parent, oldest first, in key order: one statement for a whole page. */
export async function repliesOf(db: DataSource, parentIds: readonly string[]): Promise<CommentModel[][]> {
  const found = await db.query<CommentModel[]>(
    `SELECT ${COMMENT_COLUMNS} FROM comments c
      WHERE c.parent_id = ANY($1::uuid[]) AND c.deleted_at IS NULL
      ORDER BY c.created_at, c.id`,
    [parentIds],
  );
  const byParent = new Map<string, CommentModel[]>();
  for (const row of found) byParent.set(row.parentId!, [...(byParent.get(row.parentId!) ?? []), row]);
  return parentIds.map((id) => byParent.get(id) ?? []);
}

function stripSortKey({ sortKey: _sortKey, ...comment }: PageRow): CommentModel {
  return comment;
}
