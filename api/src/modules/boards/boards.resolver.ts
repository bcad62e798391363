import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { BoardModel } from './board.model.js';
import { BoardsService } from './boards.service.js';

@Resolver(() => BoardModel)
export class BoardsResolver {
  constructor(private readonly boardsService: BoardsService) {}

  @Query(() => [BoardModel], { description: 'Boards the viewer can see.' })
  boards(@Context() ctx: GqlContext): Promise<BoardModel[]> {
    return this.boardsService.list(ctx.viewer);
  }

  @Query(() => BoardModel, { nullable: true, description: 'One board by slug; null when absent or not visible.' })
  board(@Args('slug') slug: string, @Context() ctx: GqlContext): Promise<BoardModel | null> {
    return this.boardsService.findVisible(ctx.viewer, slug);
  }
}
