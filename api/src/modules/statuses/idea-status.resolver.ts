import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { statusLoaders } from './statuses.loaders.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { StatusChangeModel } from './status-change.model.js';

/** Adds the status history to ideas (one query per page of ideas, through a loader). */
@Resolver(() => IdeaModel)
export class IdeaStatusResolver {
  @ResolveField(() => [StatusChangeModel], { description: 'Every status change of the idea, oldest first.' })
  statusHistory(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<StatusChangeModel[]> {
    return ctx.loaders.get(statusLoaders).historyByIdeaId.load(idea.id);
  }
}
