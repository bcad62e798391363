import { Module } from '@nestjs/common';
import { IdeaDeliveryResolver } from './idea-delivery.resolver.js';
import { DigestService } from './notification-digest.service.js';
import { NotificationFanoutService } from './notification-fanout.service.js';
import { NotificationPubSub } from './notification-pubsub.js';
import { NotificationsResolver, UserNotificationPreferencesResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  providers: [
    NotificationPubSub,
    NotificationFanoutService,
    DigestService,
    NotificationsService,
    NotificationsResolver,
    UserNotificationPreferencesResolver,
    IdeaDeliveryResolver,
  ],
  exports: [NotificationsService, NotificationFanoutService, DigestService],
})
export class NotificationsModule {}
