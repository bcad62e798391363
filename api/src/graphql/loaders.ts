import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { ConnectionShape } from '../common/pagination/connection.js';
import type { CommentModel } from '../modules/comments/comment.model.js';
import { commentPages, repliesOf, type CommentPageKey } from '../modules/comments/comments.loaders.js';
import { Status } from '../modules/statuses/status.entity.js';
import { User } from '../modules/users/user.entity.js';
import type { UserModel } from '../modules/users/user.model.js';
import { toUserModel } from '../modules/users/users.mapper.js';
import { votedOn } from '../modules/votes/votes.loaders.js';
import type { Viewer } from './context.js';

export interface Loaders {
  userById: DataLoader<string, UserModel | null>;
  statusById: DataLoader<string, Status | null>;
  /** Idea id → whether the request's viewer voted on it (false for everyone when anonymous). */
  viewerHasVoted: DataLoader<string, boolean>;
  /** One page of an idea's top-level comments. */
  commentPage: DataLoader<CommentPageKey, ConnectionShape<CommentModel>, string>;
  /** Comment id → its live replies, oldest first. */
  repliesByParentId: DataLoader<string, CommentModel[]>;
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
      viewerHasVoted: new DataLoader(async (ideaIds) =>
        viewer ? votedOn(this.db, viewer.id, ideaIds) : ideaIds.map(() => false),
      ),
      commentPage: new DataLoader((keys) => commentPages(this.db, keys), { cacheKeyFn: (key) => JSON.stringify(key) }),
      repliesByParentId: new DataLoader((ids) => repliesOf(this.db, ids)),
    };
  }
}
