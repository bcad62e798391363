import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Status } from '../modules/statuses/status.entity.js';
import { User } from '../modules/users/user.entity.js';
import type { UserModel } from '../modules/users/user.model.js';
import { toUserModel } from '../modules/users/users.mapper.js';

export interface Loaders {
  userById: DataLoader<string, UserModel | null>;
  statusById: DataLoader<string, Status | null>;
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

  create(): Loaders {
    return {
      userById: new DataLoader(async (ids) => {
        const users = await this.db.getRepository(User).findBy({ id: In([...ids]) });
        return byKey(ids, users.map(toUserModel), (u) => u.id);
      }),
      statusById: new DataLoader(async (ids) =>
        byKey(ids, await this.db.getRepository(Status).findBy({ id: In([...ids]) }), (s) => s.id),
      ),
    };
  }
}
