import { Module } from '@nestjs/common';
import { FollowsModule } from '../follows/follows.module.js';
import { BoardsModule } from '../boards/boards.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { DuplicateSuggestionsResolver, IdeaMergesResolver } from './merges.resolver.js';
import { MergesService } from './merges.service.js';

@Module({
  imports: [IdeasModule, BoardsModule, FollowsModule],
  providers: [MergesService, IdeaMergesResolver, DuplicateSuggestionsResolver],
  exports: [MergesService],
})
export class MergesModule {}
