import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { ChangeIdeaStatusInput, CreateStatusInput, UpdateStatusInput } from './dto/status.inputs.js';
import { RoadmapColumnModel } from './roadmap.model.js';
import { StatusModel } from './status.model.js';
import { StatusesService } from './statuses.service.js';

@Resolver(() => StatusModel)
export class StatusesResolver {
  constructor(private readonly statuses: StatusesService) {}

  @Query(() => [RoadmapColumnModel], {
    description: 'The public roadmap of a board: one column per roadmap status, in position order.',
  })
  roadmap(@Args('boardSlug') boardSlug: string, @Context() ctx: GqlContext): Promise<RoadmapColumnModel[]> {
    return this.statuses.roadmap(ctx.viewer, boardSlug);
  }

  @Mutation(() => IdeaModel, {
    description: 'Moves an idea to another status with an optional note (product managers and admins).',
  })
  changeIdeaStatus(@Args('input') input: ChangeIdeaStatusInput, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.statuses.changeIdeaStatus(ctx.viewer, input);
  }

  @Mutation(() => StatusModel, { description: 'Adds a status to a board (admins).' })
  createStatus(@Args('input') input: CreateStatusInput, @Context() ctx: GqlContext): Promise<StatusModel> {
    return this.statuses.create(ctx.viewer, input);
  }

  @Mutation(() => StatusModel, { description: 'Changes a status; its key stays (admins).' })
  updateStatus(@Args('input') input: UpdateStatusInput, @Context() ctx: GqlContext): Promise<StatusModel> {
    return this.statuses.update(ctx.viewer, input);
  }
}
