import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { VotesService } from './votes.service.js';

@Resolver(() => IdeaModel)
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  @Mutation(() => IdeaModel, {
    description:
      'Backs an idea as the signed-in member. Casting twice is not an error and counts once. ' +
      'CONFLICT VOTING_CLOSED when the status no longer accepts votes, IDEA_MERGED for merged ideas.',
  })
  castVote(@Args('ideaId', { type: () => ID }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.votes.cast(ctx.viewer, ideaId);
  }

  @Mutation(() => IdeaModel, {
    description:
      "Withdraws the signed-in member's vote; a no-op when there is none. Refused like castVote on closed or merged ideas.",
  })
  retractVote(@Args('ideaId', { type: () => ID }) ideaId: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.votes.retract(ctx.viewer, ideaId);
  }
}
