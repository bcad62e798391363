import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { DuplicateSuggestionsResolver, IdeaMergesResolver } from './merges.resolver.js';
import { MergesService } from './merges.service.js';

@Module({
  imports: [IdeasModule, BoardsModule],
  providers: [MergesService, IdeaMergesResolver, DuplicateSuggestionsResolver],
  exports: [MergesService],
})
export class MergesModule {}
