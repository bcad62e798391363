import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import {
  DuplicateSuggestionConnection,
  DuplicateSuggestionModel,
  DuplicateSuggestionsArgs,
  MergeIdeasInput,
} from './merge.model.js';
import { MergesService } from './merges.service.js';
import { userLoaders } from '../users/users.loaders.js';
import { ideaLoaders } from '../ideas/idea.loaders.js';
import { mergeLoaders } from './merges.loaders.js';

/** Merge mutations, and `Idea.mergedInto` / `Idea.mergedIdeas` (merges own merged_into_id). */
@Resolver(() => IdeaModel)
export class IdeaMergesResolver {
  constructor(private readonly merges: MergesService) {}

  @Mutation(() => IdeaModel, {
    description:
      'Moderators and above: merges a duplicate (source) into the target in one step. The source stops taking ' +
      'votes and shows "merged into"; its backers now back the target (once each, original dates kept). Returns the target.',
  })
  mergeIdeas(@Args('input') input: MergeIdeasInput, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.merges.merge(ctx.viewer, input);
  }

  @Mutation(() => IdeaModel, {
    description:
      'Moderators and above: undoes the merge of this (source) idea exactly: the votes the merge added to the ' +
      'target are removed and the source takes votes again. Returns the source.',
  })
  unmergeIdea(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.merges.unmerge(ctx.viewer, id);
  }

  @ResolveField(() => IdeaModel, {
    nullable: true,
    description: 'The idea this one was merged into ("merged into …"); null when not merged.',
  })
  mergedInto(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<IdeaModel | null> | null {
    return idea.mergedIntoId ? ctx.loaders.get(ideaLoaders).byId('public').load(idea.mergedIntoId) : null;
  }

  @ResolveField(() => [IdeaModel], { description: 'Duplicates merged into this idea, most votes first.' })
  mergedIdeas(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<IdeaModel[]> {
    return ctx.loaders.get(mergeLoaders).mergedIdeasByTargetId.load(idea.id);
  }
}

@Resolver(() => DuplicateSuggestionModel)
export class DuplicateSuggestionsResolver {
  constructor(private readonly merges: MergesService) {}

  @Mutation(() => DuplicateSuggestionModel, {
    description:
      'Members with at least 20 reputation, and staff: suggests that `ideaId` duplicates `duplicateOfId`. ' +
      'Suggesting the same pair again returns the open suggestion.',
  })
  suggestDuplicate(
    @Args('ideaId', { type: () => ID, description: 'The duplicate.' }) ideaId: string,
    @Args('duplicateOfId', { type: () => ID, description: 'The original it duplicates.' }) duplicateOfId: string,
    @Context() ctx: GqlContext,
  ): Promise<DuplicateSuggestionModel> {
    return this.merges.suggest(ctx.viewer, ideaId, duplicateOfId);
  }

  @Query(() => DuplicateSuggestionConnection, {
    description: "Moderators and above: a board's open duplicate suggestions, oldest first.",
  })
  duplicateSuggestions(
    @Args() args: DuplicateSuggestionsArgs,
    @Context() ctx: GqlContext,
  ): Promise<ConnectionShape<DuplicateSuggestionModel>> {
    return this.merges.openSuggestions(ctx.viewer, args);
  }

  @Mutation(() => DuplicateSuggestionModel, {
    description: 'Moderators and above: merges the suggested duplicate into the original and closes the suggestion.',
  })
  acceptDuplicateSuggestion(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<DuplicateSuggestionModel> {
    return this.merges.accept(ctx.viewer, id);
  }

  @Mutation(() => DuplicateSuggestionModel, {
    description: 'Moderators and above: closes a suggestion without merging.',
  })
  dismissDuplicateSuggestion(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<DuplicateSuggestionModel> {
    return this.merges.dismiss(ctx.viewer, id);
  }

  @ResolveField(() => IdeaModel, { nullable: true, description: 'The suggested duplicate; null if no longer visible.' })
  idea(@Parent() s: DuplicateSuggestionModel, @Context() ctx: GqlContext): Promise<IdeaModel | null> {
    return ctx.loaders.get(ideaLoaders).byId('public').load(s.ideaId);
  }

  @ResolveField(() => IdeaModel, { nullable: true, description: 'The original; null if no longer visible.' })
  duplicateOf(@Parent() s: DuplicateSuggestionModel, @Context() ctx: GqlContext): Promise<IdeaModel | null> {
    return ctx.loaders.get(ideaLoaders).byId('public').load(s.duplicateOfId);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who suggested it.' })
  suggestedBy(@Parent() s: DuplicateSuggestionModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.loaders.get(userLoaders).byId.load(s.suggestedById);
  }
}
