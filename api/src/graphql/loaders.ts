import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { Board } from '../modules/boards/board.entity.js';
import type { BoardModel } from '../modules/boards/board.model.js';
import type { IdeaModel } from '../modules/ideas/idea.model.js';
import { loadColumnPages, type ColumnPageKey } from '../modules/statuses/roadmap.queries.js';
import type { StatusChangeModel } from '../modules/statuses/status-change.model.js';
import type { CommentModel } from '../modules/comments/comment.model.js';
import { COMMENT_COLUMNS, commentPages, repliesOf, type CommentPageKey } from '../modules/comments/comments.loaders.js';
import { IDEA_COLUMNS } from '../modules/ideas/ideas.service.js';
import type { InternalNoteModel } from '../modules/internal-notes/internal-note.model.js';
import { notesOf } from '../modules/internal-notes/internal-notes.service.js';
import { mergedIdeasOf, visibleIdeasById } from '../modules/merges/merges.loaders.js';
import { Status } from '../modules/statuses/status.entity.js';
import { User } from '../modules/users/user.entity.js';
import type { UserModel } from '../modules/users/user.model.js';
import { toUserModel } from '../modules/users/users.mapper.js';
import { votedOn } from '../modules/votes/votes.loaders.js';
import { loopLoaders, type LoopLoaders } from '../modules/notifications/loop.loaders.js';
import type { Viewer } from './context.js';

export interface Loaders {
  userById: DataLoader<string, UserModel | null>;
  statusById: DataLoader<string, Status | null>;
  boardById: DataLoader<string, BoardModel | null>;
  /** A board's statuses in position order. */
  statusesByBoardId: DataLoader<string, Status[]>;
  /** An idea's status changes, oldest first. */
  statusHistoryByIdeaId: DataLoader<string, StatusChangeModel[]>;
  /** Pages of roadmap columns: all columns of a roadmap in a constant number of statements. */
  roadmapColumnIdeas: DataLoader<ColumnPageKey, ConnectionShape<IdeaModel>, string>;
  /** Idea id → whether the request's viewer voted on it (false for everyone when anonymous). */
  viewerHasVoted: DataLoader<string, boolean>;
  /** One page of an idea's top-level comments. */
  commentPage: DataLoader<CommentPageKey, ConnectionShape<CommentModel>, string>;
  /** Comment id → its live replies, oldest first. */
  repliesByParentId: DataLoader<string, CommentModel[]>;
  /** Follows, notifications, answers and reputation. */
  loop: LoopLoaders;
  /** Visible ideas by id (null when deleted, hidden or pending): `Idea.mergedInto`, suggestions. */
  visibleIdeaById: DataLoader<string, IdeaModel | null>;
  /** Live ideas by id, hidden and pending included: staff-only views (moderation queue). */
  liveIdeaById: DataLoader<string, IdeaModel | null>;
  /** Target idea id → visible ideas merged into it. */
  mergedIdeasByTargetId: DataLoader<string, IdeaModel[]>;
  /** Comment id → the comment (hidden body blanked as everywhere). */
  commentById: DataLoader<string, CommentModel | null>;
  /** Idea id → staff-only internal notes, oldest first (resolved only for staff). */
  internalNotesByIdeaId: DataLoader<string, InternalNoteModel[]>;
  /** User id → end of their current suspension, or null (resolved only for staff and the user). */
  suspendedUntilByUserId: DataLoader<string, Date | null>;
}

/** Groups rows by key, one (possibly empty) list per key in key order. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key)!);
}

/** Returns one result per key, in key order, as DataLoader requires. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Builds the DataLoaders for one request (never shared across requests: no cross-user caching). */
@Injectable()
export class LoadersFactory {
  constructor(private readonly db: DataSource) {}

  create(viewer: Viewer | null = null): Loaders {
    return {
      userById: new DataLoader(async (ids) => {
        const users = await this.db.getRepository(User).findBy({ id: In([...ids]) });
        return byKey(ids, users.map(toUserModel), (u) => u.id);
      }),
      statusById: new DataLoader(async (ids) =>
        byKey(ids, await this.db.getRepository(Status).findBy({ id: In([...ids]) }), (s) => s.id),
      ),
      boardById: new DataLoader(async (ids) =>
        byKey(ids, await this.db.getRepository(Board).findBy({ id: In([...ids]) }), (b) => b.id),
      ),
      statusesByBoardId: new DataLoader(async (ids) => {
        const statuses = await this.db
          .getRepository(Status)
          .find({ where: { boardId: In([...ids]) }, order: { position: 'ASC', key: 'ASC' } });
        return groupByKey(ids, statuses, (s) => s.boardId);
      }),
      statusHistoryByIdeaId: new DataLoader(async (ids) => {
        const changes = await this.db.query<StatusChangeModel[]>(
          `SELECT id, idea_id AS "ideaId", from_status_id AS "fromStatusId", to_status_id AS "toStatusId",
                  changed_by_id AS "byId", note, created_at AS at
             FROM status_changes WHERE idea_id = ANY($1::uuid[]) ORDER BY created_at, id`,
          [[...ids]],
        );
        return groupByKey(ids, changes, (c) => c.ideaId);
      }),
      roadmapColumnIdeas: new DataLoader((keys) => loadColumnPages(this.db, keys), {
        cacheKeyFn: (key) => JSON.stringify([key.statusId, key.first, key.after]),
      }),
      viewerHasVoted: new DataLoader(async (ideaIds) =>
        viewer ? votedOn(this.db, viewer.id, ideaIds) : ideaIds.map(() => false),
      ),
      commentPage: new DataLoader((keys) => commentPages(this.db, keys), { cacheKeyFn: (key) => JSON.stringify(key) }),
      repliesByParentId: new DataLoader((ids) => repliesOf(this.db, ids)),
      loop: loopLoaders(this.db, viewer),
      visibleIdeaById: new DataLoader((ids) => visibleIdeasById(this.db, ids)),
      liveIdeaById: new DataLoader(async (ids) =>
        byKey(
          ids,
          await this.db.query<IdeaModel[]>(
            `SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.id = ANY($1::uuid[]) AND i.deleted_at IS NULL`,
            [[...ids]],
          ),
          (i) => i.id,
        ),
      ),
      mergedIdeasByTargetId: new DataLoader((ids) => mergedIdeasOf(this.db, ids)),
      commentById: new DataLoader(async (ids) =>
        byKey(
          ids,
          await this.db.query<CommentModel[]>(
            `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[])`,
            [[...ids]],
          ),
          (c) => c.id,
        ),
      ),
      internalNotesByIdeaId: new DataLoader((ids) => notesOf(this.db, ids)),
      suspendedUntilByUserId: new DataLoader(async (ids) => {
        const found = await this.db.query<Array<{ id: string; until: Date | null }>>(
          `SELECT id, CASE WHEN suspended_until > now() THEN suspended_until END AS until
             FROM users WHERE id = ANY($1::uuid[])`,
          [[...ids]],
        );
        return byKey(ids, found, (u) => u.id).map((u) => u?.until ?? null);
      }),
    };
  }
}
