import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module.js';
import { UsersModule } from '../users/users.module.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { UserSuspensionResolver } from './user-suspension.resolver.js';

@Module({
  imports: [IdeasModule, UsersModule],
  providers: [ModerationService, ModerationResolver, UserSuspensionResolver],
})
export class ModerationModule {}
