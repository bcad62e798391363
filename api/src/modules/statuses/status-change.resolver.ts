import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { renderMarkdown } from '../../core/markdown/render-markdown.js';
import type { GqlContext } from '../../graphql/context.js';
import { statusLoaders } from './statuses.loaders.js';
import { UserModel } from '../users/user.model.js';
import { userLoaders } from '../users/users.loaders.js';
import { StatusChangeModel } from './status-change.model.js';
import { StatusModel } from './status.model.js';

@Resolver(() => StatusChangeModel)
export class StatusChangeResolver {
  @ResolveField(() => StatusModel, { nullable: true, description: 'Status before the change; null for the first one.' })
  async from(@Parent() change: StatusChangeModel, @Context() ctx: GqlContext): Promise<StatusModel | null> {
    return change.fromStatusId ? ctx.loaders.get(statusLoaders).byId.load(change.fromStatusId) : null;
  }

  @ResolveField(() => StatusModel, { description: 'Status after the change.' })
  async to(@Parent() change: StatusChangeModel, @Context() ctx: GqlContext): Promise<StatusModel> {
    return (await ctx.loaders.get(statusLoaders).byId.load(change.toStatusId))!;
  }

  @ResolveField(() => UserModel, { description: 'Who changed the status.' })
  async by(@Parent() change: StatusChangeModel, @Context() ctx: GqlContext): Promise<UserModel> {
    return (await ctx.loaders.get(userLoaders).byId.load(change.byId))!;
  }

  @ResolveField(() => String, { description: 'The note rendered to sanitised HTML.' })
  noteHtml(@Parent() change: StatusChangeModel): string {
    return renderMarkdown(change.note);
  }
}
