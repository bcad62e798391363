import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { CommentModel } from '../comments/comment.model.js';
import { IdeaConnection, IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import {
  FlagContentInput,
  FlagModel,
  ModerationItemConnection,
  ModerationItemModel,
  PageArgs,
} from './moderation.model.js';
import { ContentModerationService } from './content-moderation.service.js';
import { FlagsService } from './flags.service.js';
import { SuspensionsService } from './suspensions.service.js';
import { userLoaders } from '../users/users.loaders.js';
import { ideaLoaders } from '../ideas/idea.loaders.js';
import { commentLoaders } from '../comments/comments.loaders.js';

const id = () => ID;

@Resolver(() => ModerationItemModel)
export class ModerationResolver {
  constructor(
    private readonly flags: FlagsService,
    private readonly content: ContentModerationService,
    private readonly suspensions: SuspensionsService,
  ) {}

  @Mutation(() => FlagModel, { description: 'Members: flags an idea or a comment for moderators (once per item).' })
  flagContent(@Args('input') input: FlagContentInput, @Context() ctx: GqlContext): Promise<FlagModel> {
    return this.flags.flag(ctx.viewer, input);
  }

  @Query(() => ModerationItemConnection, {
    description: 'Moderators and above: flagged items with their open flags grouped, oldest first.',
  })
  moderationQueue(@Args() args: PageArgs, @Context() ctx: GqlContext): Promise<ConnectionShape<ModerationItemModel>> {
    return this.flags.queue(ctx.viewer, args);
  }

  @Query(() => IdeaConnection, {
    description: 'Moderators and above: pre-moderated ideas awaiting approval, oldest first.',
  })
  pendingIdeas(@Args() args: PageArgs, @Context() ctx: GqlContext): Promise<ConnectionShape<IdeaModel>> {
    return this.content.pendingIdeas(ctx.viewer, args);
  }

  @Mutation(() => Int, {
    description: 'Moderators: closes the open flags of an item without acting; returns how many.',
  })
  dismissFlags(@Args('itemId', { type: id }) itemId: string, @Context() ctx: GqlContext): Promise<number> {
    return this.flags.dismissFlags(ctx.viewer, itemId);
  }

  @Mutation(() => IdeaModel, { description: 'Moderators: hides an idea from everyone but staff (closes its flags).' })
  hideIdea(@Args('id', { type: id }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.content.hideIdea(ctx.viewer, ideaId);
  }

  @Mutation(() => IdeaModel, { description: 'Moderators: shows a hidden idea again.' })
  unhideIdea(@Args('id', { type: id }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.content.unhideIdea(ctx.viewer, ideaId);
  }

  @Mutation(() => IdeaModel, { description: 'Moderators: publishes a pre-moderated idea.' })
  approveIdea(@Args('id', { type: id }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.content.approveIdea(ctx.viewer, ideaId);
  }

  @Mutation(() => IdeaModel, { description: 'Moderators: locks the discussion; only staff can still comment.' })
  lockComments(@Args('ideaId', { type: id }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.content.lockComments(ctx.viewer, ideaId);
  }

  @Mutation(() => IdeaModel, { description: 'Moderators: reopens a locked discussion.' })
  unlockComments(@Args('ideaId', { type: id }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.content.unlockComments(ctx.viewer, ideaId);
  }

  @Mutation(() => CommentModel, {
    description: 'Moderators: hides a comment; everyone sees "hidden by a moderator" (hidden: true, empty body).',
  })
  hideComment(@Args('id', { type: id }) commentId: string, @Context() ctx: GqlContext): Promise<CommentModel> {
    return this.content.hideComment(ctx.viewer, commentId);
  }

  @Mutation(() => CommentModel, { description: 'Moderators: shows a hidden comment again.' })
  unhideComment(@Args('id', { type: id }) commentId: string, @Context() ctx: GqlContext): Promise<CommentModel> {
    return this.content.unhideComment(ctx.viewer, commentId);
  }

  @Mutation(() => Boolean, {
    description: 'Moderators: deletes a spam idea or comment (soft delete) and closes its flags.',
  })
  deleteSpam(@Args('itemId', { type: id }) itemId: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.content.deleteSpam(ctx.viewer, itemId);
  }

  @Mutation(() => UserModel, {
    description:
      'Moderators (members only) and admins (anyone else): the member can read but not post, comment or vote ' +
      'until `until` (indefinitely when omitted).',
  })
  suspendMember(
    @Args('userId', { type: id }) userId: string,
    @Args('until', { type: () => Date, nullable: true, description: 'End of the suspension.' }) until: Date | null,
    @Context() ctx: GqlContext,
  ): Promise<UserModel> {
    return this.suspensions.suspend(ctx.viewer, userId, until ?? null);
  }

  @Mutation(() => UserModel, { description: 'Moderators: lifts a suspension.' })
  unsuspendMember(@Args('userId', { type: id }) userId: string, @Context() ctx: GqlContext): Promise<UserModel> {
    return this.suspensions.unsuspend(ctx.viewer, userId);
  }

  @ResolveField(() => IdeaModel, {
    nullable: true,
    description: 'The flagged idea, or the idea of the flagged comment (staff view: hidden or pending included).',
  })
  idea(@Parent() item: ModerationItemModel, @Context() ctx: GqlContext): Promise<IdeaModel | null> {
    return ctx.loaders.get(ideaLoaders).byId('readable').load(item.ideaId);
  }

  @ResolveField(() => CommentModel, { nullable: true, description: 'The flagged comment; null for a flagged idea.' })
  comment(@Parent() item: ModerationItemModel, @Context() ctx: GqlContext): Promise<CommentModel | null> | null {
    return item.commentId ? ctx.loaders.get(commentLoaders).commentById.load(item.commentId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who wrote the flagged content.' })
  author(@Parent() item: ModerationItemModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.loaders.get(userLoaders).byId.load(item.authorId);
  }
}
