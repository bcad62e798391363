import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { UserModel } from '../users/user.model.js';
import { BoardAnalyticsModel, TopContributorModel } from './analytics.model.js';
import { AnalyticsService } from './analytics.service.js';
import { userLoaders } from '../users/users.loaders.js';

@Resolver(() => BoardAnalyticsModel)
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => BoardAnalyticsModel, {
    description:
      'Product managers and admins: figures for a board in [from, to). CSV: GET /analytics/<slug>.csv?from&to.',
  })
  boardAnalytics(
    @Args('boardSlug', { description: 'The board.' }) boardSlug: string,
    @Args('from', { description: 'Start (inclusive).' }) from: Date,
    @Args('to', { description: 'End (exclusive), at most two years after from.' }) to: Date,
    @Context() ctx: GqlContext,
  ): Promise<BoardAnalyticsModel> {
    return this.analytics.board(ctx.viewer, boardSlug, from, to);
  }
}

@Resolver(() => TopContributorModel)
export class TopContributorResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'The member.' })
  user(@Parent() contributor: TopContributorModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.loaders.get(userLoaders).byId.load(contributor.userId);
  }
}
