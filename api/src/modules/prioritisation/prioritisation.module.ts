import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module.js';
import { IdeaPriorityResolver } from './prioritisation.resolver.js';
import { PrioritisationService } from './prioritisation.service.js';

@Module({ imports: [IdeasModule], providers: [PrioritisationService, IdeaPriorityResolver] })
export class PrioritisationModule {}
