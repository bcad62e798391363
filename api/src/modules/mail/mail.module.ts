import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { DigestService } from './digest.service.js';
import { OutboxWorker } from './outbox-worker.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

@Module({
  imports: [NotificationsModule],
  controllers: [UnsubscribeController],
  providers: [OutboxWorker, DigestService],
  exports: [OutboxWorker, DigestService],
})
export class MailModule {}
