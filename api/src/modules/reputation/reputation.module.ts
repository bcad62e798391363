import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { UsersModule } from '../users/users.module.js';
import { ProfileService } from './profile.service.js';
import { CommentHelpfulResolver, LeaderboardEntryResolver, ReputationResolver } from './reputation.resolver.js';
import { ReputationService } from './reputation.service.js';

@Module({
  imports: [IdeasModule, BoardsModule, UsersModule],
  providers: [ReputationService, ProfileService, ReputationResolver, CommentHelpfulResolver, LeaderboardEntryResolver],
  exports: [ReputationService],
})
export class ReputationModule {}
