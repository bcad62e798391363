import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff } from '../../core/viewer.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import { userLoaders } from '../users/users.loaders.js';
import { RecordVoteOnBehalfInput, VoteImportance, VoteOnBehalfModel } from './vote-on-behalf.model.js';
import { voteDetailLoaders } from './votes-on-behalf.loaders.js';
import { VotesOnBehalfService } from './votes-on-behalf.service.js';

/** Adds `Idea.votesOnBehalf` (staff) and `Idea.viewerVoteImportance`, and the mutations that write them. */
@Resolver(() => IdeaModel)
export class IdeaVotesOnBehalfResolver {
  constructor(private readonly onBehalf: VotesOnBehalfService) {}

  @Mutation(() => IdeaModel, {
    description:
      'Staff: records a vote for a customer (an existing member, or a new account by e-mail that is told how to ' +
      'take it over), counted exactly like their own vote. BAD_USER_INPUT when the customer cannot see the board.',
  })
  recordVoteOnBehalf(@Args('input') input: RecordVoteOnBehalfInput, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.onBehalf.record(ctx.viewer, input);
  }

  @Mutation(() => IdeaModel, {
    description: 'How much an idea the signed-in member backs matters to them; null clears it. CONFLICT NOT_BACKED.',
  })
  setVoteImportance(
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('importance', { type: () => VoteImportance, nullable: true }) importance: VoteImportance | null,
    @Context() ctx: GqlContext,
  ): Promise<IdeaModel> {
    return this.onBehalf.setImportance(ctx.viewer, ideaId, importance ?? null);
  }

  @ResolveField(() => [VoteOnBehalfModel], {
    nullable: true,
    description: 'Votes staff recorded for customers, newest first, with source and quote; null for non-staff.',
  })
  votesOnBehalf(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<VoteOnBehalfModel[]> | null {
    return isStaff(ctx.viewer) ? ctx.loaders.get(voteDetailLoaders).onBehalfByIdeaId.load(idea.id) : null;
  }

  @ResolveField(() => VoteImportance, {
    nullable: true,
    description: 'How much this idea matters to the viewer, if they back it and said so.',
  })
  viewerVoteImportance(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<VoteImportance | null> {
    return ctx.loaders.get(voteDetailLoaders).viewerImportance.load(idea.id);
  }
}

@Resolver(() => VoteOnBehalfModel)
export class VoteOnBehalfResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'The customer it counts for.' })
  customer(@Parent() vote: VoteOnBehalfModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.loaders.get(userLoaders).byId.load(vote.customerId);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The staff member who recorded it.' })
  recordedBy(@Parent() vote: VoteOnBehalfModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.loaders.get(userLoaders).byId.load(vote.recordedById);
  }
}
