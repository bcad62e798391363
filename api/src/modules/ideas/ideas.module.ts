import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { VotesModule } from '../votes/votes.module.js';
import { IdeaListService } from './idea-list.service.js';
import { IdeasResolver } from './ideas.resolver.js';
import { IdeasService } from './ideas.service.js';
import { SimilarIdeasService } from './similar-ideas.service.js';

@Module({
  imports: [BoardsModule, VotesModule],
  providers: [IdeasService, IdeaListService, SimilarIdeasService, IdeasResolver],
  exports: [IdeasService, IdeaListService],
})
export class IdeasModule {}
