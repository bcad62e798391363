import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { voteLoaders } from './votes.loaders.js';

/** Adds `Idea.viewerHasVoted` (votes owns the data). */
@Resolver(() => IdeaModel)
export class IdeaVotesResolver {
  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in viewer backs this idea; false for anonymous visitors.',
  })
  async viewerHasVoted(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    return ctx.loaders.get(voteLoaders).viewerHasVoted.load(idea.id);
  }
}
