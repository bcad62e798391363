import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { BoardModel } from '../boards/board.model.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { FollowsService } from './follows.service.js';
import { followLoaders } from './follows.loaders.js';

/** Follow mutations and `Idea.viewerIsFollowing` / `Idea.followerCount` (follows owns the data). */
@Resolver(() => IdeaModel)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Mutation(() => IdeaModel, { description: 'Follow an idea: hear about its status changes and official responses.' })
  followIdea(@Args('ideaId', { type: () => ID }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.follows.followIdea(ctx.viewer, ideaId);
  }

  @Mutation(() => IdeaModel, {
    description: 'Stop following an idea; voting or commenting on it later does not follow it again.',
  })
  unfollowIdea(@Args('ideaId', { type: () => ID }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.follows.unfollowIdea(ctx.viewer, ideaId);
  }

  @Mutation(() => BoardModel, {
    description: 'Follow a board: hear about status changes and official responses on every idea on it.',
  })
  followBoard(@Args('boardSlug') boardSlug: string, @Context() ctx: GqlContext): Promise<BoardModel> {
    return this.follows.followBoard(ctx.viewer, boardSlug);
  }

  @Mutation(() => BoardModel, { description: 'Stop following a board.' })
  unfollowBoard(@Args('boardSlug') boardSlug: string, @Context() ctx: GqlContext): Promise<BoardModel> {
    return this.follows.unfollowBoard(ctx.viewer, boardSlug);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in viewer follows this idea; false when anonymous.' })
  viewerIsFollowing(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.get(followLoaders).viewerFollowsIdea.load(idea.id);
  }

  @ResolveField(() => Int, { description: 'Exact number of members following this idea.' })
  followerCount(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get(followLoaders).ideaFollowerCount.load(idea.id);
  }
}

/** Adds `Board.viewerIsFollowing`. */
@Resolver(() => BoardModel)
export class BoardFollowsResolver {
  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in viewer follows this board; false when anonymous.',
  })
  viewerIsFollowing(@Parent() board: BoardModel, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.get(followLoaders).viewerFollowsBoard.load(board.id);
  }
}
