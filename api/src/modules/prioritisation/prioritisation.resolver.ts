import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff } from '../../core/viewer.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { IdeaPriorityModel, ScoreFormula, ScoreSettingsModel, SetIdeaPriorityInput } from './priority.model.js';
import { priorityLoaders } from './prioritisation.loaders.js';
import { PrioritisationService } from './prioritisation.service.js';

/** Adds `Idea.priority` (staff), the estimates mutation and the formula setting. */
@Resolver(() => IdeaModel)
export class IdeaPriorityResolver {
  constructor(private readonly priorities: PrioritisationService) {}

  @ResolveField(() => IdeaPriorityModel, {
    nullable: true,
    description: 'Reach, impact, confidence, effort and score; null for non-staff.',
  })
  priority(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<IdeaPriorityModel | null> | null {
    return isStaff(ctx.viewer) ? ctx.loaders.get(priorityLoaders).byIdeaId.load(idea.id) : null;
  }

  @Mutation(() => IdeaModel, { description: 'Product managers: sets an idea’s impact, confidence and effort.' })
  setIdeaPriority(@Args('input') input: SetIdeaPriorityInput, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.priorities.setPriority(ctx.viewer, input);
  }

  @Query(() => ScoreSettingsModel, { description: 'Staff: how priority scores are computed.' })
  scoreSettings(@Context() ctx: GqlContext): Promise<ScoreSettingsModel> {
    return this.priorities.settings(ctx.viewer);
  }

  @Mutation(() => ScoreSettingsModel, { description: 'Admins: chooses the score formula for the whole site.' })
  setScoreFormula(
    @Args('formula', { type: () => ScoreFormula }) formula: ScoreFormula,
    @Context() ctx: GqlContext,
  ): Promise<ScoreSettingsModel> {
    return this.priorities.setFormula(ctx.viewer, formula);
  }
}
