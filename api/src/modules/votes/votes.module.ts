import { Module } from '@nestjs/common';
import { IdeaVotesResolver } from './idea-votes.resolver.js';
import { VotesResolver } from './votes.resolver.js';
import { VotesService } from './votes.service.js';

@Module({ providers: [VotesService, VotesResolver, IdeaVotesResolver], exports: [VotesService] })
export class VotesModule {}
