import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { renderMarkdown } from '../../core/markdown/render-markdown.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import { CommentModel } from './comment.model.js';
import { CommentsService } from './comments.service.js';
import { EditCommentInput, PostCommentInput } from './dto/comment.inputs.js';
import { userLoaders } from '../users/users.loaders.js';
import { ideaLoaders } from '../ideas/idea.loaders.js';
import { commentLoaders } from './comments.loaders.js';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Mutation(() => CommentModel, { description: 'Comments on an idea, or replies to a top-level comment.' })
  postComment(@Args('input') input: PostCommentInput, @Context() ctx: GqlContext): Promise<CommentModel> {
    return this.comments.post(ctx.viewer, input);
  }

  @Mutation(() => CommentModel, { description: 'Edits one of your own comments.' })
  editComment(@Args('input') input: EditCommentInput, @Context() ctx: GqlContext): Promise<CommentModel> {
    return this.comments.edit(ctx.viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a comment: its author, or a moderator and above.' })
  deleteComment(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.comments.delete(ctx.viewer, id);
  }

  @ResolveField(() => String, { description: 'The body rendered to sanitised HTML; empty when removed.' })
  bodyHtml(@Parent() comment: CommentModel): string {
    return comment.deleted ? '' : renderMarkdown(comment.body);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who wrote it; null when the comment was removed.' })
  async author(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return comment.deleted ? null : ctx.loaders.get(userLoaders).byId.load(comment.authorId);
  }

  @ResolveField(() => [CommentModel], {
    description: 'Live replies, oldest first (replies have none: threads are one level deep).',
  })
  async replies(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<CommentModel[]> {
    return comment.parentId ? [] : ctx.loaders.get(commentLoaders).repliesByParentId.load(comment.id);
  }

  @ResolveField(() => IdeaModel, {
    nullable: true,
    description: 'The idea it is on; null when that idea is no longer visible (removed, hidden or pending).',
  })
  idea(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<IdeaModel | null> {
    return ctx.loaders.get(ideaLoaders).byId('public').load(comment.ideaId);
  }
}
