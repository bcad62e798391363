import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { IdeasModule } from '../ideas/ideas.module.js';
import { MailModule } from '../mail/mail.module.js';
import { VotesModule } from '../votes/votes.module.js';
import { IdeaVotesOnBehalfResolver, VoteOnBehalfResolver } from './votes-on-behalf.resolver.js';
import { VotesOnBehalfService } from './votes-on-behalf.service.js';

@Module({
  imports: [VotesModule, IdeasModule, AccountsModule, MailModule],
  providers: [VotesOnBehalfService, IdeaVotesOnBehalfResolver, VoteOnBehalfResolver],
  exports: [VotesOnBehalfService],
})
export class VotesOnBehalfModule {}
