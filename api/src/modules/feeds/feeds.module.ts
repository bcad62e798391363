import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { ChangelogModule } from '../changelog/changelog.module.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsService } from './feeds.service.js';

@Module({
  imports: [BoardsModule, IdeasModule, ChangelogModule],
  controllers: [FeedsController],
  providers: [FeedsService],
})
export class FeedsModule {}
