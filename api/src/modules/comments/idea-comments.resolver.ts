import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { CommentConnection, type CommentModel } from './comment.model.js';
import { commentLoaders } from './comments.loaders.js';
import { CommentsService } from './comments.service.js';
import { CommentsArgs } from './dto/comment.inputs.js';

/** Adds `Idea.comments` (comments owns the data). */
@Resolver(() => IdeaModel)
export class IdeaCommentsResolver {
  constructor(private readonly commentsService: CommentsService) {}

  @ResolveField(() => CommentConnection, {
    description: 'Top-level comments, oldest first, each with its replies.',
  })
  comments(
    @Parent() idea: IdeaModel,
    @Args() args: CommentsArgs,
    @Context() ctx: GqlContext,
  ): Promise<ConnectionShape<CommentModel>> {
    return ctx.loaders.get(commentLoaders).commentPage.load(this.commentsService.pageKey(idea.id, args));
  }
}
