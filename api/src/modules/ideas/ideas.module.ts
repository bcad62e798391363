import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { IdeasResolver } from './ideas.resolver.js';
import { IdeasService } from './ideas.service.js';

@Module({ imports: [BoardsModule], providers: [IdeasService, IdeasResolver], exports: [IdeasService] })
export class IdeasModule {}
