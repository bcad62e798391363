import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { statusLoaders } from './statuses.loaders.js';
import { IdeaConnection, type IdeaModel } from '../ideas/idea.model.js';
import { RoadmapColumnModel } from './roadmap.model.js';

/**
 * Column pages go through a loader, so a whole roadmap costs a constant number of SQL
 * statements (see loadColumnPages), however many columns it has.
 */
@Resolver(() => RoadmapColumnModel)
export class RoadmapResolver {
  @ResolveField(() => IdeaConnection, { description: "The column's ideas, most votes first." })
  ideas(
    @Parent() column: RoadmapColumnModel,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, at most 100.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after: string | null,
    @Context() ctx: GqlContext,
  ): Promise<ConnectionShape<IdeaModel>> {
    return ctx.loaders
      .get(statusLoaders)
      .roadmapColumnIdeas.load({ statusId: column.status.id, first, after: after ?? null });
  }
}
