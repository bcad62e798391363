import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { renderMarkdown } from '../../core/markdown/render-markdown.js';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { BoardModel } from '../boards/board.model.js';
import { boardLoaders } from '../boards/boards.loaders.js';
import { StatusModel } from '../statuses/status.model.js';
import { statusLoaders } from '../statuses/statuses.loaders.js';
import { UserModel } from '../users/user.model.js';
import { userLoaders } from '../users/users.loaders.js';
import { SubmitIdeaInput, UpdateIdeaInput } from './dto/idea.inputs.js';
import { IdeasArgs } from './dto/ideas.args.js';
import { IdeaConnection, IdeaModel } from './idea.model.js';
import { IdeaListService } from './idea-list.service.js';
import { mayDeleteIdea, mayEditIdea } from './idea-rules.js';
import { IdeasService } from './ideas.service.js';
import { SimilarIdeasService } from './similar-ideas.service.js';

@Resolver(() => IdeaModel)
export class IdeasResolver {
  constructor(
    private readonly ideasService: IdeasService,
    private readonly ideaList: IdeaListService,
    private readonly similar: SimilarIdeasService,
  ) {}

  @Query(() => IdeaConnection, { description: "A page of a board's ideas, sorted and filtered." })
  ideas(@Args() args: IdeasArgs, @Context() ctx: GqlContext): Promise<ConnectionShape<IdeaModel>> {
    return this.ideaList.list(ctx.viewer, args);
  }

  @Query(() => IdeaModel, { nullable: true, description: 'One idea; null when absent, deleted or not visible.' })
  idea(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<IdeaModel | null> {
    return this.ideasService.find(ctx.viewer, id);
  }

  @Query(() => [IdeaModel], {
    description:
      'Existing ideas that look like `text` ("did you mean"), best match first: tolerant of typos and partial, ' +
      'reordered wording. Empty for text under 3 characters.',
  })
  similarIdeas(
    @Args('boardSlug', { description: 'Board to look in.' }) boardSlug: string,
    @Args('text', { description: 'What the member has typed so far, usually the title.' }) text: string,
    @Args('first', { type: () => Int, defaultValue: 5, description: 'How many, at most 20.' }) first: number,
    @Context() ctx: GqlContext,
  ): Promise<IdeaModel[]> {
    return this.similar.similar(ctx.viewer, boardSlug, text, first);
  }

  @Mutation(() => IdeaModel, { description: 'Posts a new idea (members); the author backs it with their vote.' })
  submitIdea(@Args('input') input: SubmitIdeaInput, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.ideasService.submit(ctx.viewer, input);
  }

  @Mutation(() => IdeaModel, {
    description: 'Edits an idea: the author until staff first change its status, moderators and above always.',
  })
  updateIdea(@Args('input') input: UpdateIdeaInput, @Context() ctx: GqlContext): Promise<IdeaModel> {
    return this.ideasService.update(ctx.viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an idea (the author, or moderators and above). Always true.' })
  deleteIdea(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.ideasService.remove(ctx.viewer, id);
  }

  @ResolveField(() => String, { description: 'The body rendered to sanitised HTML.' })
  bodyHtml(@Parent() idea: IdeaModel): string {
    return renderMarkdown(idea.body);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may edit the idea now (updateIdea): its author until staff first change its status, ' +
      'moderators and above always.',
  })
  viewerCanEdit(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): boolean {
    return mayEditIdea(ctx.viewer, idea);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may delete the idea (deleteIdea): its author, and moderators and above.',
  })
  viewerCanDelete(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): boolean {
    return mayDeleteIdea(ctx.viewer, idea);
  }

  @ResolveField(() => BoardModel, { description: 'The board the idea was posted on.' })
  async board(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<BoardModel> {
    return (await ctx.loaders.get(boardLoaders).byId.load(idea.boardId))!;
  }

  @ResolveField(() => UserModel, { description: 'Who proposed the idea.' })
  async author(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<UserModel> {
    return (await ctx.loaders.get(userLoaders).byId.load(idea.authorId))!;
  }

  @ResolveField(() => StatusModel, { description: 'Where the idea stands.' })
  async status(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<StatusModel> {
    return (await ctx.loaders.get(statusLoaders).byId.load(idea.statusId))!;
  }
}
