import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff } from '../../core/viewer.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { notificationLoaders } from './notifications.loaders.js';

/** Adds `Idea.backersNotifiedShare`: how well the news of a shipped idea reached its backers. */
@Resolver(() => IdeaModel)
export class IdeaDeliveryResolver {
  @ResolveField(() => Float, {
    nullable: true,
    description:
      'Staff only (null for others): for an idea that reached Done, the share of its backers (voters other than ' +
      'the person who closed it) who were told of it both in the app and by e-mail. The goal is 1.0.',
  })
  backersNotifiedShare(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<number | null> | null {
    return isStaff(ctx.viewer) ? ctx.loaders.get(notificationLoaders).backersNotifiedShare.load(idea.id) : null;
  }
}
