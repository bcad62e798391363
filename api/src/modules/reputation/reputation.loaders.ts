import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { hasKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import { BADGES, BadgeKind, type BadgeModel } from './reputation.model.js';

/**
 * Per-request loaders of the reputation module: `commentHelpful` (comment id → marked as a helpful
 * answer), `badgesByUserId` (badges computed from a member's record).
 */
export const reputationLoaders = defineLoaders((db: DataSource) => ({
  commentHelpful: new DataLoader<string, boolean>(async (ids) => {
    const found = await db.query<Array<{ id: string }>>(
      `SELECT id FROM comments WHERE id = ANY($1::uuid[]) AND helpful_at IS NOT NULL`,
      [[...ids]],
    );
    return hasKey(
      ids,
      found.map((r) => r.id),
    );
  }),
  badgesByUserId: new DataLoader<string, BadgeModel[]>(async (ids) => {
    const facts = await db.query<
      Array<{ id: string; ideas: boolean; hundred: boolean; shipped: boolean; helpful: number }>
    >(
      `SELECT u.id,
                EXISTS (SELECT 1 FROM ideas i WHERE i.author_id = u.id AND i.deleted_at IS NULL) AS ideas,
                EXISTS (SELECT 1 FROM ideas i WHERE i.author_id = u.id AND i.deleted_at IS NULL AND i.vote_count >= 100) AS hundred,
                EXISTS (SELECT 1 FROM ideas i JOIN statuses s ON s.id = i.status_id
                         WHERE i.author_id = u.id AND i.deleted_at IS NULL AND s.key = 'done') AS shipped,
                (SELECT count(*)::int FROM comments c
                  WHERE c.author_id = u.id AND c.helpful_at IS NOT NULL AND c.deleted_at IS NULL) AS helpful
           FROM users u WHERE u.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const byId = new Map(facts.map((f) => [f.id, f]));
    return ids.map((id) => {
      const f = byId.get(id);
      if (!f) return [];
      const kinds: BadgeKind[] = [];
      if (f.ideas) kinds.push(BadgeKind.FIRST_IDEA);
      if (f.hundred) kinds.push(BadgeKind.HUNDRED_VOTES);
      if (f.shipped) kinds.push(BadgeKind.SHIPPED);
      if (f.helpful >= 5) kinds.push(BadgeKind.FIVE_HELPFUL_ANSWERS);
      return kinds.map((kind) => ({ kind, ...BADGES[kind] }));
    });
  }),
}));
