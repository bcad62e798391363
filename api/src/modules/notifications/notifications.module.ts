import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { IdeaDeliveryResolver } from './idea-delivery.resolver.js';
import { DigestService } from './notification-digest.service.js';
import { NotificationFanoutService } from './notification-fanout.service.js';
import { NotificationPubSub } from './notification-pubsub.js';
import { NotificationsResolver, UserNotificationPreferencesResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

@Module({
  imports: [MailModule],
  controllers: [UnsubscribeController],
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
