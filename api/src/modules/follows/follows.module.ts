import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { BoardFollowsResolver, FollowsResolver } from './follows.resolver.js';
import { FollowsService } from './follows.service.js';

@Module({
  imports: [IdeasModule, BoardsModule],
  providers: [FollowsService, FollowsResolver, BoardFollowsResolver],
  exports: [FollowsService],
})
export class FollowsModule {}
