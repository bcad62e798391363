import DataLoader from 'dataloader';
import { byKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';

/** Per-request loaders of suspensions (resolved only for staff and the member themself). */
export const suspensionLoaders = defineLoaders((db) => ({
  /** User id → end of their current suspension, or null. */
  suspendedUntilByUserId: new DataLoader<string, Date | null>(async (ids) => {
    const found = await db.query<Array<{ id: string; until: Date | null }>>(
      `SELECT id, CASE WHEN suspended_until > now() THEN suspended_until END AS until
         FROM users WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return byKey(ids, found, (u) => u.id).map((u) => u?.until ?? null);
  }),
}));
