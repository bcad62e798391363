import { Global, Module } from '@nestjs/common';
import { EventTasks } from './event-tasks.js';
import { NotificationPubSub } from './notification-pubsub.js';

/** Shared by follows, notifications, mail and reputation: the tracked listeners and the live pub/sub. */
@Global()
@Module({ providers: [EventTasks, NotificationPubSub], exports: [EventTasks, NotificationPubSub] })
export class NotificationsCoreModule {}
