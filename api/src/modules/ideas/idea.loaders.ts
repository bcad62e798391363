import DataLoader from 'dataloader';
import { byKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import { ideaInScope, viewerAudience, type IdeaScope } from '../access/access.js';
import type { IdeaModel } from './idea.model.js';
import { IDEA_COLUMNS } from './idea.sql.js';

/**
 * The one idea-by-id loader, with an explicit scope (modules/access): `readable` for fields that
 * point at an idea the viewer opens (notifications, the moderation queue, the audit log: staff
 * see hidden ones), `public` for fields shown beside lists (`Idea.mergedInto`, duplicate
 * suggestions). Null where the viewer may not see the idea in that scope.
 */
export const ideaLoaders = defineLoaders((db, viewer) => {
  const byScope = (scope: IdeaScope) =>
    new DataLoader<string, IdeaModel | null>(async (ids) => {
      const params: unknown[] = [[...ids]];
      const who = viewerAudience(viewer, params);
      const found = await db.query<IdeaModel[]>(
        `SELECT ${IDEA_COLUMNS} FROM ideas i JOIN boards b ON b.id = i.board_id
          WHERE i.id = ANY($1::uuid[]) AND ${ideaInScope(scope, who)}`,
        params,
      );
      return byKey(ids, found, (i) => i.id);
    });
  const loaders = { readable: byScope('readable'), public: byScope('public') };
  return { byId: (scope: IdeaScope) => loaders[scope] };
});
