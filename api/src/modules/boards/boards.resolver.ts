import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { BoardModel } from './board.model.js';
import { BoardsService } from './boards.service.js';
import { CreateBoardInput, UpdateBoardInput } from './dto/board.inputs.js';

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

  @Mutation(() => BoardModel, { description: 'Opens a new board with the default statuses (admins).' })
  createBoard(@Args('input') input: CreateBoardInput, @Context() ctx: GqlContext): Promise<BoardModel> {
    return this.boardsService.create(ctx.viewer, input);
  }

  @Mutation(() => BoardModel, { description: "Changes a board's slug, name, description or visibility (admins)." })
  updateBoard(@Args('input') input: UpdateBoardInput, @Context() ctx: GqlContext): Promise<BoardModel> {
    return this.boardsService.update(ctx.viewer, input);
  }

  @Mutation(() => BoardModel, { description: 'Lets a member see a private board (admins).' })
  grantBoardAccess(
    @Args('boardSlug') boardSlug: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GqlContext,
  ): Promise<BoardModel> {
    return this.boardsService.grantAccess(ctx.viewer, boardSlug, userId);
  }

  @Mutation(() => BoardModel, { description: 'Takes back a member’s access to a private board (admins).' })
  revokeBoardAccess(
    @Args('boardSlug') boardSlug: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GqlContext,
  ): Promise<BoardModel> {
    return this.boardsService.revokeAccess(ctx.viewer, boardSlug, userId);
  }
}
