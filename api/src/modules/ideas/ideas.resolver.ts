import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { StatusModel } from '../statuses/status.model.js';
import { UserModel } from '../users/user.model.js';
import { IdeasArgs } from './dto/ideas.args.js';
import { IdeaConnection, IdeaModel } from './idea.model.js';
import { IdeasService } from './ideas.service.js';
import type { ConnectionShape } from '../../common/pagination/connection.js';

@Resolver(() => IdeaModel)
export class IdeasResolver {
  constructor(private readonly ideasService: IdeasService) {}

  @Query(() => IdeaConnection, { description: "A page of a board's ideas, sorted and filtered." })
  ideas(@Args() args: IdeasArgs, @Context() ctx: GqlContext): Promise<ConnectionShape<IdeaModel>> {
    return this.ideasService.list(ctx.viewer, args);
  }

  @Query(() => IdeaModel, { nullable: true, description: 'One idea; null when absent, deleted or not visible.' })
  idea(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<IdeaModel | null> {
    return this.ideasService.find(ctx.viewer, id);
  }

  @ResolveField(() => UserModel, { description: 'Who proposed the idea.' })
  async author(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<UserModel> {
    return (await ctx.loaders.userById.load(idea.authorId))!;
  }

  @ResolveField(() => StatusModel, { description: 'Where the idea stands.' })
  async status(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<StatusModel> {
    return (await ctx.loaders.statusById.load(idea.statusId))!;
  }
}
