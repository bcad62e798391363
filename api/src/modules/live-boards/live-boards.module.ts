import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { BoardChangesService } from './board-changes.service.js';
import { LiveBoardsResolver } from './live-boards.resolver.js';

/** Live boards: the `ideaChanged` subscription. */
@Module({ imports: [BoardsModule], providers: [BoardChangesService, LiveBoardsResolver] })
export class LiveBoardsModule {}
