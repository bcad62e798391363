import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module.js';
import { IdeaInternalNotesResolver, InternalNotesResolver } from './internal-notes.resolver.js';
import { InternalNotesService } from './internal-notes.service.js';

@Module({ imports: [IdeasModule], providers: [InternalNotesService, InternalNotesResolver, IdeaInternalNotesResolver] })
export class InternalNotesModule {}
