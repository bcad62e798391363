import DataLoader from 'dataloader';
import { byKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import type { UserModel } from './user.model.js';
import { USER_COLUMNS } from './user.sql.js';

/** Per-request loaders of the users module. */
export const userLoaders = defineLoaders((db) => ({
  byId: new DataLoader<string, UserModel | null>(async (ids) => {
    const users = await db.query<UserModel[]>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ANY($1::uuid[])`, [
      [...ids],
    ]);
    return byKey(ids, users, (u) => u.id);
  }),
}));
