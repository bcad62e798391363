import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../graphql/context.js';
import { byKey } from '../../graphql/loaders.js';
import { followLoaders, type FollowLoaders } from '../follows/follows.loaders.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS } from '../ideas/ideas.service.js';
import { reputationLoaders, type ReputationLoaders } from '../reputation/reputation.loaders.js';

/** Per-request loaders of the loop modules (follows, notifications, answers, reputation). */
export type LoopLoaders = FollowLoaders &
  ReputationLoaders & {
    /** Live ideas the viewer may see, by id (null otherwise). */
    ideaById: DataLoader<string, IdeaModel | null>;
  };

export function loopLoaders(db: DataSource, viewer: Viewer | null): LoopLoaders {
  return {
    ...followLoaders(db, viewer),
    ...reputationLoaders(db, viewer),
    ideaById: new DataLoader(async (ids) => {
      const found = await db.query<IdeaModel[]>(
        `SELECT ${IDEA_COLUMNS} FROM ideas i JOIN boards b ON b.id = i.board_id
          WHERE i.id = ANY($1::uuid[]) AND i.deleted_at IS NULL
            AND (NOT b.is_private OR $2 OR EXISTS (SELECT 1 FROM board_members m WHERE m.board_id = b.id AND m.user_id = $3))`,
        [[...ids], viewer !== null && viewer.role !== 'member', viewer?.id ?? null],
      );
      return byKey(ids, found, (i) => i.id);
    }),
  };
}
