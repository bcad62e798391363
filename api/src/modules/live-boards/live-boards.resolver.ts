import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { BoardChangesService } from './board-changes.service.js';
import { IdeaChangeModel } from './idea-change.model.js';

@Resolver(() => IdeaChangeModel)
export class LiveBoardsResolver {
  constructor(private readonly changes: BoardChangesService) {}

  @Subscription(() => IdeaChangeModel, {
    description:
      'Changes to the ideas of a board as they are committed: votes, status, comment counts, new and removed ' +
      'ideas, each read with your rights (graphql-ws on /graphql, signed in). NOT_FOUND when you may not see the board.',
    resolve: (value: IdeaChangeModel) => value,
  })
  ideaChanged(
    @Args('boardSlug', { description: 'The board to watch.' }) boardSlug: string,
    @Context() ctx: GqlContext,
  ): Promise<AsyncIterableIterator<IdeaChangeModel>> {
    return this.changes.watch(ctx.viewer, ctx.loaders, boardSlug);
  }
}
