import { Module } from '@nestjs/common';
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
  ],
  exports: [NotificationsService, NotificationFanoutService, DigestService],
})
export class NotificationsModule {}
