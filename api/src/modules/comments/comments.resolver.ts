import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { emptyConnection, type ConnectionShape } from '../../core/pagination/connection.js';
import { renderMarkdown } from '../../core/markdown/render-markdown.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import { CommentConnection, CommentModel } from './comment.model.js';
import { CommentsService } from './comments.service.js';
import { CommentsArgs, EditCommentInput, PostCommentInput, RepliesArgs } from './dto/comment.inputs.js';
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
    description:
      'Live replies, oldest first: the first 20 unless `first` says otherwise (at most 100); replyConnection ' +
      'pages through the rest. Replies have none: threads are one level deep.',
  })
  async replies(
    @Parent() comment: CommentModel,
    @Args() args: RepliesArgs,
    @Context() ctx: GqlContext,
  ): Promise<CommentModel[]> {
    const page = await this.replyPage(comment, args, ctx);
    return page.edges.map((edge) => edge.node);
  }

  @ResolveField(() => CommentConnection, {
    description: 'Live replies, oldest first, a page at a time (empty for a reply: threads are one level deep).',
  })
  replyConnection(
    @Parent() comment: CommentModel,
    @Args() args: CommentsArgs,
    @Context() ctx: GqlContext,
  ): Promise<ConnectionShape<CommentModel>> {
    return this.replyPage(comment, args, ctx);
  }

  @Query(() => CommentModel, {
    name: 'comment',
    nullable: true,
    description:
      'A comment as its thread shows it (live, or a removed one kept above live replies) on an idea you may ' +
      'read; null otherwise.',
  })
  comment(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<CommentModel | null> {
    return ctx.loaders.get(commentLoaders).shownCommentById.load(id);
  }

  private async replyPage(
    comment: CommentModel,
    args: CommentsArgs,
    ctx: GqlContext,
  ): Promise<ConnectionShape<CommentModel>> {
    const key = this.comments.pageKey(comment.id, args);
    return comment.parentId ? emptyConnection() : ctx.loaders.get(commentLoaders).replyPage.load(key);
  }

  @ResolveField(() => IdeaModel, {
    nullable: true,
    description: 'The idea it is on; null when that idea is no longer visible (removed, hidden or pending).',
  })
  idea(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<IdeaModel | null> {
    return ctx.loaders.get(ideaLoaders).byId('public').load(comment.ideaId);
  }
}
