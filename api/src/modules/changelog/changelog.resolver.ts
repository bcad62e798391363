import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { renderMarkdown } from '../../core/markdown/render-markdown.js';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { ideaLoaders } from '../ideas/idea.loaders.js';
import { IdeaModel } from '../ideas/idea.model.js';
import {
  ChangelogArgs,
  ChangelogEntryConnection,
  ChangelogEntryModel,
  CreateChangelogEntryInput,
  PublishChangelogEntryInput,
  UpdateChangelogEntryInput,
} from './changelog.model.js';
import { changelogLoaders } from './changelog.loaders.js';
import { ChangelogService } from './changelog.service.js';

@Resolver(() => ChangelogEntryModel)
export class ChangelogResolver {
  constructor(private readonly entries: ChangelogService) {}

  @Query(() => ChangelogEntryConnection, {
    description: 'Release notes, newest release first: published ones for everyone, drafts for product managers.',
  })
  changelog(@Args() args: ChangelogArgs, @Context() ctx: GqlContext): Promise<ConnectionShape<ChangelogEntryModel>> {
    return this.entries.list(ctx.viewer, args);
  }

  @Query(() => ChangelogEntryModel, {
    description: 'One entry of release notes; NOT_FOUND for drafts unless a product manager asks.',
  })
  changelogEntry(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<ChangelogEntryModel> {
    return this.entries.get(ctx.viewer, id);
  }

  @Mutation(() => ChangelogEntryModel, { description: 'Product managers: writes release notes as a draft.' })
  createChangelogEntry(
    @Args('input') input: CreateChangelogEntryInput,
    @Context() ctx: GqlContext,
  ): Promise<ChangelogEntryModel> {
    return this.entries.create(ctx.viewer, input);
  }

  @Mutation(() => ChangelogEntryModel, { description: 'Product managers: changes release notes, draft or published.' })
  updateChangelogEntry(
    @Args('input') input: UpdateChangelogEntryInput,
    @Context() ctx: GqlContext,
  ): Promise<ChangelogEntryModel> {
    return this.entries.update(ctx.viewer, input);
  }

  @Mutation(() => ChangelogEntryModel, {
    description:
      'Product managers: publishes a draft, optionally moving its ideas to Done, and tells every backer of a ' +
      'linked idea once. CONFLICT ALREADY_PUBLISHED the second time.',
  })
  publishChangelogEntry(
    @Args('input') input: PublishChangelogEntryInput,
    @Context() ctx: GqlContext,
  ): Promise<ChangelogEntryModel> {
    return this.entries.publish(ctx.viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Product managers: deletes release notes (the ideas stay as they are).' })
  deleteChangelogEntry(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.entries.remove(ctx.viewer, id);
  }

  @ResolveField(() => String, { description: 'The notes rendered to sanitised HTML.' })
  bodyHtml(@Parent() entry: ChangelogEntryModel): string {
    return renderMarkdown(entry.body);
  }

  @ResolveField(() => [IdeaModel], {
    description: 'The ideas it delivers that the viewer may see (an idea on a private board is left out for others).',
  })
  async ideas(@Parent() entry: ChangelogEntryModel, @Context() ctx: GqlContext): Promise<IdeaModel[]> {
    const ids = await ctx.loaders.get(changelogLoaders).linkedIdeaIds.load(entry.id);
    const ideas = await ctx.loaders.get(ideaLoaders).byId('public').loadMany(ids);
    return ideas.filter((idea): idea is IdeaModel => idea !== null && !(idea instanceof Error));
  }
}
