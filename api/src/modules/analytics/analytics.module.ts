import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsResolver, TopContributorResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';

@Module({
  imports: [BoardsModule],
  controllers: [AnalyticsController],
  providers: [AnalyticsService, AnalyticsResolver, TopContributorResolver],
})
export class AnalyticsModule {}
