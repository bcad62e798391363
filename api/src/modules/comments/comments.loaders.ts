import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import { byKey } from '../../core/sql/by-key.js';
import { keysetConnection } from '../../core/sql/keyset.js';
import { isUuid } from '../../core/sql/uuid.js';
import type { Viewer } from '../../core/viewer.js';
import { defineLoaders } from '../../core/request-loaders.js';
import { ideaInScope, viewerAudience } from '../access/access.js';
import type { CommentModel } from './comment.model.js';
import { COMMENT_COLUMNS, SHOWN_TOP_LEVEL } from './comment.sql.js';

/**
 * Key of one page of comments under an owner: an idea's top-level comments, or a top-level
 * comment's replies. `after` is an already-validated cursor.
 */
export interface CommentPageKey {
  ownerId: string;
  first: number;
  after: [string, string] | null;
}

/**
 * Which comments a page lists, under which owner column, and how they are counted: counts read
 * partial indexes alone where they can (an idea with 12,000 live comments counted without a heap
 * visit); removed top-level comments (few) count only while they still have live replies.
 */
const THREADS = {
  /** An idea's top-level comments shown in its thread. */
  topLevel: {
    owner: 'c.idea_id',
    shown: SHOWN_TOP_LEVEL,
    count: (id: string) => `((SELECT count(*) FROM comments c
        WHERE c.idea_id = ${id} AND c.parent_id IS NULL AND c.deleted_at IS NULL)
      + (SELECT count(*) FROM comments c
        WHERE c.idea_id = ${id} AND c.parent_id IS NULL AND c.deleted_at IS NOT NULL
          AND EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL)))::int`,
  },
  /** A top-level comment's live replies. */
  replies: {
    owner: 'c.parent_id',
    shown: 'c.deleted_at IS NULL',
    count: (id: string) => `(SELECT count(*) FROM comments c WHERE c.parent_id = ${id} AND c.deleted_at IS NULL)::int`,
  },
} as const;

type PageRow = CommentModel & { sortKey: string | null; pageOwner: string; total: number };

/**
 * Pages of comments (oldest first, keyset on (created_at, id)) for many owners at once: one
 * LATERAL statement per distinct (first, after) carries each owner's page (LIMIT first + 1 per
 * owner) and its total, so a list of ideas asking for their comments, or a page of comments
 * asking for their replies, costs one statement, not one per parent.
 */
async function commentPages(
  db: DataSource,
  thread: keyof typeof THREADS,
  keys: readonly CommentPageKey[],
): Promise<Array<ConnectionShape<CommentModel>>> {
  const { owner, shown, count } = THREADS[thread];
  const groups = new Map<string, CommentPageKey[]>();
  for (const key of keys) {
    const group = JSON.stringify([key.first, key.after]);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const pages = new Map<CommentPageKey, ConnectionShape<CommentModel>>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const { first, after } = group[0];
      const params: unknown[] = [[...new Set(group.map((k) => k.ownerId))], first + 1];
      let keyset = '';
      if (after) {
        params.push(after[0], after[1]);
        keyset = 'AND (c.created_at, c.id) > ($3::timestamptz, $4::uuid)';
      }
      const ownerIds = params[0] as string[];
      // One owner (an idea's own page): its id as a value the planner sees, so it knows how many
      // comments there are and walks the index in order; through unnest() it guesses a handful,
      // and for an idea with 12,000 comments fetched and sorted them all (~150 ms).
      const pageOwner = ownerIds.length === 1 ? '($1::uuid[])[1]' : 'k.owner_id';
      // An owner with an empty page still gives one row (LEFT JOIN, id null) carrying its total.
      const found = await db.query<PageRow[]>(
        `SELECT k.owner_id AS "pageOwner", ${count('k.owner_id')} AS total, page.* FROM unnest($1::uuid[]) AS k(owner_id)
         LEFT JOIN LATERAL (
           SELECT ${COMMENT_COLUMNS}, c.created_at::text AS "sortKey" FROM comments c
            WHERE ${owner} = ${pageOwner} AND ${shown} ${keyset}
            ORDER BY c.created_at, c.id LIMIT $2
         ) page ON true
         ORDER BY k.owner_id, page."createdAt", page.id`,
        params,
      );
      for (const key of group) {
        const mine = found.filter((row) => row.pageOwner === key.ownerId);
        const total = mine[0]?.total ?? 0;
        const rows = mine
          .filter((row) => row.id !== null)
          .map(({ pageOwner: _owner, total: _total, ...row }) => ({ ...row, sortKey: row.sortKey! }));
        pages.set(key, keysetConnection(rows, first, total));
      }
    }),
  );
  return keys.map((key) => pages.get(key)!);
}

/**
 * Per-request loaders of the comments module: `commentPage` (one page of an idea's top-level
 * comments), `replyPage` (one page of a top-level comment's live replies), `commentById`: a comment whose
 * idea the viewer may read (modules/access), hidden and removed text blanked as everywhere, and
 * `shownCommentById`: the same, only if its thread shows it (live, or removed with live replies).
 */
export const commentLoaders = defineLoaders((db, viewer) => ({
  commentPage: new DataLoader<CommentPageKey, ConnectionShape<CommentModel>, string>(
    (keys) => commentPages(db, 'topLevel', keys),
    { cacheKeyFn: (key) => JSON.stringify(key) },
  ),
  replyPage: new DataLoader<CommentPageKey, ConnectionShape<CommentModel>, string>(
    (keys) => commentPages(db, 'replies', keys),
    { cacheKeyFn: (key) => JSON.stringify(key) },
  ),
  commentById: new DataLoader<string, CommentModel | null>((ids) => commentsById(db, viewer, ids)),
  shownCommentById: new DataLoader<string, CommentModel | null>((ids) =>
    commentsById(db, viewer, ids, `(c.deleted_at IS NULL OR ${SHOWN_TOP_LEVEL})`),
  ),
}));

/** Comments on ideas the viewer may read, in key order; `condition` narrows them further. */
async function commentsById(
  db: DataSource,
  viewer: Viewer | null,
  ids: readonly string[],
  condition = 'true',
): Promise<Array<CommentModel | null>> {
  const params: unknown[] = [ids.filter(isUuid)];
  const who = viewerAudience(viewer, params);
  const found = await db.query<CommentModel[]>(
    `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN ideas i ON i.id = c.idea_id JOIN boards b ON b.id = i.board_id
      WHERE c.id = ANY($1::uuid[]) AND ${ideaInScope('readable', who)} AND ${condition}`,
    params,
  );
  return byKey(ids, found, (c) => c.id);
}
