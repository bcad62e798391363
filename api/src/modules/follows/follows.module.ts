import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { NotificationsCoreModule } from '../notifications/notifications-core.module.js';
import { BoardFollowsResolver, FollowsResolver } from './follows.resolver.js';
import { FollowsService } from './follows.service.js';

@Module({
  imports: [IdeasModule, BoardsModule, NotificationsCoreModule],
  providers: [FollowsService, FollowsResolver, BoardFollowsResolver],
  exports: [FollowsService],
})
export class FollowsModule {}
