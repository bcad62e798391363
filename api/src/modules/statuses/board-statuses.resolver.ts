import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { statusLoaders } from './statuses.loaders.js';
import { BoardModel } from '../boards/board.model.js';
import { StatusModel } from './status.model.js';

/** Adds the board's statuses to boards. */
@Resolver(() => BoardModel)
export class BoardStatusesResolver {
  @ResolveField(() => [StatusModel], { description: "The board's statuses in position order." })
  statuses(@Parent() board: BoardModel, @Context() ctx: GqlContext): Promise<StatusModel[]> {
    return ctx.loaders.get(statusLoaders).byBoardId.load(board.id);
  }
}
