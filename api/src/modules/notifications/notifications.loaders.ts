import DataLoader from 'dataloader';
import { defineLoaders } from '../../core/request-loaders.js';

/** Per-request loaders of the notifications module. */
export const notificationLoaders = defineLoaders((db) => ({
  /** Idea id → share of backers told in-app and by mail of its latest move to Done; null when it never reached Done. */
  backersNotifiedShare: new DataLoader<string, number | null>(async (ids) => {
    const found = await db.query<Array<{ id: string; share: number }>>(
      `SELECT d.idea_id AS id,
                CASE WHEN count(v.user_id) = 0 THEN 1.0
                     ELSE (count(*) FILTER (WHERE n.emailed_at IS NOT NULL))::float / count(v.user_id) END AS share
           FROM (SELECT DISTINCT ON (sc.idea_id) sc.idea_id, sc.id, sc.changed_by_id
                   FROM status_changes sc JOIN statuses s ON s.id = sc.to_status_id
                  WHERE sc.idea_id = ANY($1::uuid[]) AND s.key = 'done'
                  ORDER BY sc.idea_id, sc.created_at DESC, sc.id DESC) d
           LEFT JOIN votes v ON v.idea_id = d.idea_id AND v.user_id <> d.changed_by_id
           LEFT JOIN notifications n ON n.recipient_id = v.user_id AND n.event_key = 'status:' || d.id
          GROUP BY d.idea_id`,
      [[...ids]],
    );
    const map = new Map(found.map((r) => [r.id, Number(r.share)]));
    return ids.map((id) => map.get(id) ?? null);
  }),
}));
