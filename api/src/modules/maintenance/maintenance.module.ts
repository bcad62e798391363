import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service.js';

/** Housekeeping run as scheduled jobs: pruning expired rows. */
@Module({ providers: [RetentionService], exports: [RetentionService] })
export class MaintenanceModule {}
