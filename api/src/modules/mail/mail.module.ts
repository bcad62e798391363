import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OutboxWorker } from './outbox-worker.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/** Sending the outbox over SMTP, and the one-click unsubscribe link of every mail. */
@Module({
  imports: [NotificationsModule],
  controllers: [UnsubscribeController],
  providers: [OutboxWorker],
  exports: [OutboxWorker],
})
export class MailModule {}
