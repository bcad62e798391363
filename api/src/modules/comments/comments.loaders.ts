import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import { byKey, groupByKey } from '../../core/sql/by-key.js';
import { keysetConnection } from '../../core/sql/keyset.js';
import { defineLoaders } from '../../core/request-loaders.js';
import { ideaInScope, viewerAudience } from '../access/access.js';
import type { CommentModel } from './comment.model.js';
import { COMMENT_COLUMNS, SHOWN_TOP_LEVEL } from './comment.sql.js';

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
async function commentPages(
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
      const pageOf = (idea: string) => `
        SELECT ${COMMENT_COLUMNS}, c.created_at::text AS "sortKey" FROM comments c
         WHERE c.idea_id = ${idea} AND ${SHOWN_TOP_LEVEL} ${keyset}
         ORDER BY c.created_at, c.id LIMIT $2`;
      const [found, counts] = await Promise.all([
        // One idea (its own page): the id as a value the planner sees, so it knows how many
        // comments the idea has and walks comments_idea_idx in order; through unnest() it guesses
        // a handful, and for an idea with 12,000 comments fetched and sorted them all (~150 ms).
        db.query<PageRow[]>(
          ideaIds.length === 1
            ? pageOf('($1::uuid[])[1]')
            : `SELECT page.* FROM unnest($1::uuid[]) AS k(idea_id) CROSS JOIN LATERAL (${pageOf('k.idea_id')}) page`,
          params,
        ),
        // Live top-level comments are counted from an index alone (comments_live_top_level_idx);
        // removed ones (a few) only when they still have live replies.
        db.query<Array<{ ideaId: string; count: number }>>(
          `SELECT k.id AS "ideaId",
                  ((SELECT count(*) FROM comments c
                     WHERE c.idea_id = k.id AND c.parent_id IS NULL AND c.deleted_at IS NULL)
                 + (SELECT count(*) FROM comments c
                     WHERE c.idea_id = k.id AND c.parent_id IS NULL AND c.deleted_at IS NOT NULL
                       AND EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL)))::int AS count
             FROM unnest($1::uuid[]) AS k(id)`,
          [ideaIds],
        ),
      ]);
      const totals = new Map(counts.map((row) => [row.ideaId, row.count]));
      for (const key of group) {
        const mine = found.filter((row) => row.ideaId === key.ideaId);
        pages.set(key, keysetConnection(mine, first, totals.get(key.ideaId) ?? 0));
      }
    }),
  );
  return keys.map((key) => pages.get(key)!);
}

/** Live replies of each parent, oldest first, in key order: one statement for a whole page. */
async function repliesOf(db: DataSource, parentIds: readonly string[]): Promise<CommentModel[][]> {
  const found = await db.query<CommentModel[]>(
    `SELECT ${COMMENT_COLUMNS} FROM comments c
      WHERE c.parent_id = ANY($1::uuid[]) AND c.deleted_at IS NULL
      ORDER BY c.created_at, c.id`,
    [parentIds],
  );
  return groupByKey(parentIds, found, (row) => row.parentId!);
}

/**
 * Per-request loaders of the comments module: `commentPage` (one page of an idea's top-level
 * comments), `repliesByParentId` (live replies, oldest first) and `commentById`: a comment whose
 * idea the viewer may read (modules/access), hidden and removed text blanked as everywhere.
 */
export const commentLoaders = defineLoaders((db, viewer) => ({
  commentPage: new DataLoader<CommentPageKey, ConnectionShape<CommentModel>, string>((keys) => commentPages(db, keys), {
    cacheKeyFn: (key) => JSON.stringify(key),
  }),
  repliesByParentId: new DataLoader<string, CommentModel[]>((ids) => repliesOf(db, ids)),
  commentById: new DataLoader<string, CommentModel | null>(async (ids) => {
    const params: unknown[] = [[...ids]];
    const who = viewerAudience(viewer, params);
    const found = await db.query<CommentModel[]>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN ideas i ON i.id = c.idea_id JOIN boards b ON b.id = i.board_id
        WHERE c.id = ANY($1::uuid[]) AND ${ideaInScope('readable', who)}`,
      params,
    );
    return byKey(ids, found, (c) => c.id);
  }),
}));
