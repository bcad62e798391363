import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module.js';
import { IdeaVotesResolver } from './idea-votes.resolver.js';
import { VotesResolver } from './votes.resolver.js';
import { VotesService } from './votes.service.js';

@Module({
  imports: [IdeasModule],
  providers: [VotesService, VotesResolver, IdeaVotesResolver],
  exports: [VotesService],
})
export class VotesModule {}
