import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import {
  EmailFrequency,
  NotificationConnection,
  NotificationModel,
  NotificationPreferencesModel,
} from './notification.model.js';
import { NotificationsService } from './notifications.service.js';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import { userLoaders } from '../users/users.loaders.js';
import { ideaLoaders } from '../ideas/idea.loaders.js';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only unread notifications.' }) unreadOnly?: boolean | null;
}

@InputType({ description: 'How a member wants to be told.' })
export class NotificationPreferencesInput {
  @Field(() => EmailFrequency, { description: 'How often notification e-mail is sent.' }) email: EmailFrequency;
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'The signed-in member’s notifications, newest first.' })
  notifications(
    @Args() args: NotificationsArgs,
    @Context() ctx: GqlContext,
  ): Promise<ConnectionShape<NotificationModel>> {
    return this.service.list(ctx.viewer, args);
  }

  @Query(() => Int, { description: 'How many of the signed-in member’s notifications are unread (for the bell).' })
  unreadNotificationCount(@Context() ctx: GqlContext): Promise<number> {
    return this.service.unreadCount(ctx.viewer);
  }

  @Mutation(() => NotificationModel, { description: 'Marks one of your notifications read.' })
  markNotificationRead(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<NotificationModel> {
    return this.service.markRead(ctx.viewer, id);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many were unread.' })
  markAllNotificationsRead(@Context() ctx: GqlContext): Promise<number> {
    return this.service.markAllRead(ctx.viewer);
  }

  @Mutation(() => NotificationPreferencesModel, { description: 'Changes how you are told about notifications.' })
  updateNotificationPreferences(
    @Args('input') input: NotificationPreferencesInput,
    @Context() ctx: GqlContext,
  ): Promise<NotificationPreferencesModel> {
    return this.service.updatePreferences(ctx.viewer, input);
  }

  @Subscription(() => NotificationModel, {
    description:
      'Your new notifications as they happen (graphql-ws on /graphql, authenticated by the session cookie ' +
      'of the upgrade request).',
    resolve: (value: NotificationModel) => value,
  })
  notificationAdded(@Context() ctx: GqlContext): AsyncIterableIterator<NotificationModel> {
    return this.service.live(ctx.viewer);
  }

  @ResolveField(() => IdeaModel, { nullable: true, description: 'The idea it is about (null once deleted).' })
  async idea(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<IdeaModel | null> {
    return n.ideaId ? ctx.loaders.get(ideaLoaders).byId('readable').load(n.ideaId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who did it, when a person did.' })
  actor(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<UserModel | null> | null {
    return n.actorId ? ctx.loaders.get(userLoaders).byId.load(n.actorId) : null;
  }
}

/** Adds `User.notificationPreferences` (owner only). */
@Resolver(() => UserModel)
export class UserNotificationPreferencesResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @ResolveField(() => NotificationPreferencesModel, {
    nullable: true,
    description: 'How this person wants to be told; only they see it (null for everyone else).',
  })
  notificationPreferences(
    @Parent() user: UserModel,
    @Context() ctx: GqlContext,
  ): Promise<NotificationPreferencesModel> | null {
    return ctx.viewer?.id === user.id ? this.notifications.preferences(user.id) : null;
  }
}
