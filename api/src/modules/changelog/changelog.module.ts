import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { StatusesModule } from '../statuses/statuses.module.js';
import { ChangelogNotificationsService } from './changelog-notifications.service.js';
import { ChangelogResolver } from './changelog.resolver.js';
import { ChangelogService } from './changelog.service.js';

@Module({
  imports: [StatusesModule, NotificationsModule],
  providers: [ChangelogService, ChangelogResolver, ChangelogNotificationsService],
  exports: [ChangelogService],
})
export class ChangelogModule {}
