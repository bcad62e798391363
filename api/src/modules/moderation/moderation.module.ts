import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module.js';
import { UsersModule } from '../users/users.module.js';
import { ContentModerationService } from './content-moderation.service.js';
import { FlagsService } from './flags.service.js';
import { ModerationResolver } from './moderation.resolver.js';
import { SuspensionsService } from './suspensions.service.js';
import { UserSuspensionResolver } from './user-suspension.resolver.js';

/** Flags and the moderation queue, actions on content, suspensions (moderators and above). */
@Module({
  imports: [IdeasModule, UsersModule],
  providers: [FlagsService, ContentModerationService, SuspensionsService, ModerationResolver, UserSuspensionResolver],
})
export class ModerationModule {}
