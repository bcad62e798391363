import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { BoardStatusesResolver } from './board-statuses.resolver.js';
import { IdeaStatusResolver } from './idea-status.resolver.js';
import { RoadmapResolver } from './roadmap.resolver.js';
import { StatusChangeResolver } from './status-change.resolver.js';
import { StatusesResolver } from './statuses.resolver.js';
import { StatusesService } from './statuses.service.js';

@Module({
  imports: [BoardsModule, IdeasModule],
  providers: [
    StatusesService,
    StatusesResolver,
    IdeaStatusResolver,
    StatusChangeResolver,
    RoadmapResolver,
    BoardStatusesResolver,
  ],
  exports: [StatusesService],
})
export class StatusesModule {}
