import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module.js';
import { CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';
import { IdeaCommentsResolver } from './idea-comments.resolver.js';

@Module({
  imports: [IdeasModule],
  providers: [CommentsService, CommentsResolver, IdeaCommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
