import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { CommentConnection, CommentModel } from '../comments/comment.model.js';
import { IdeaConnection, IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import { ProfileService } from './profile.service.js';
import { BADGES, BadgeKind, BadgeModel, LeaderboardEntryModel } from './reputation.model.js';
import { LeaderboardPeriod, ReputationService } from './reputation.service.js';
import { userLoaders } from '../users/users.loaders.js';
import { reputationLoaders } from './reputation.loaders.js';

@ArgsType()
class ProfilePageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string | null;
}

/** Helpful answers, leaderboards and public profiles. */
@Resolver(() => UserModel)
export class ReputationResolver {
  constructor(
    private readonly reputation: ReputationService,
    private readonly profiles: ProfileService,
  ) {}

  @Query(() => UserModel, {
    nullable: true,
    description: 'A member’s public profile; null when there is no such member.',
  })
  user(@Args('id', { type: () => ID }) id: string): Promise<UserModel | null> {
    return this.profiles.user(id);
  }

  @Query(() => [BadgeModel], { description: 'Every badge a member can earn, in the order profiles show them.' })
  badgeCatalog(): BadgeModel[] {
    return Object.values(BadgeKind).map((kind) => ({ kind, ...BADGES[kind] }));
  }

  @Query(() => [LeaderboardEntryModel], { description: 'Members with the most points earned on a board.' })
  leaderboard(
    @Args('boardSlug') boardSlug: string,
    @Args('period', { type: () => LeaderboardPeriod, defaultValue: LeaderboardPeriod.ALL_TIME })
    period: LeaderboardPeriod,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'How many places, up to 100.' }) first: number,
    @Context() ctx: GqlContext,
  ): Promise<Array<{ rank: number; userId: string; points: number }>> {
    return this.reputation.leaderboard(ctx.viewer, boardSlug, period, first);
  }

  @Mutation(() => CommentModel, {
    description: 'Staff or the idea’s author: mark a member’s comment as a helpful answer (earns them points).',
  })
  markHelpfulAnswer(@Args('commentId', { type: () => ID }) commentId: string, @Context() ctx: GqlContext) {
    return this.reputation.markHelpful(ctx.viewer, commentId, true);
  }

  @Mutation(() => CommentModel, { description: 'Takes a helpful-answer mark back (and its points).' })
  unmarkHelpfulAnswer(@Args('commentId', { type: () => ID }) commentId: string, @Context() ctx: GqlContext) {
    return this.reputation.markHelpful(ctx.viewer, commentId, false);
  }

  @ResolveField(() => [BadgeModel], { description: 'Badges earned, computed from the current record.' })
  badges(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<BadgeModel[]> {
    return ctx.loaders.get(reputationLoaders).badgesByUserId.load(user.id);
  }

  @ResolveField(() => IdeaConnection, { description: 'Their ideas on boards you may see, newest first.' })
  ideas(
    @Parent() user: UserModel,
    @Args() args: ProfilePageArgs,
    @Context() ctx: GqlContext,
  ): Promise<ConnectionShape<IdeaModel>> {
    return this.profiles.ideas(ctx.viewer, user.id, args);
  }

  @ResolveField(() => CommentConnection, {
    description: 'Their comments marked as helpful answers, on boards you may see, most recently marked first.',
  })
  answers(
    @Parent() user: UserModel,
    @Args() args: ProfilePageArgs,
    @Context() ctx: GqlContext,
  ): Promise<ConnectionShape<CommentModel>> {
    return this.profiles.answers(ctx.viewer, user.id, args);
  }
}

@Resolver(() => CommentModel)
export class CommentHelpfulResolver {
  @ResolveField(() => Boolean, { description: 'Whether staff or the idea’s author marked it as a helpful answer.' })
  helpful(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.get(reputationLoaders).commentHelpful.load(comment.id);
  }
}

@Resolver(() => LeaderboardEntryModel)
export class LeaderboardEntryResolver {
  @ResolveField(() => UserModel, { description: 'The member.' })
  async user(@Parent() entry: LeaderboardEntryModel, @Context() ctx: GqlContext): Promise<UserModel> {
    return (await ctx.loaders.get(userLoaders).byId.load(entry.userId))!;
  }
}
