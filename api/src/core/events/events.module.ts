import { Global, Module } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.js';
import { DomainEventBus } from './domain-events.js';

/** The durable job queue and the domain events carried on it, for every feature. */
@Global()
@Module({ providers: [JobQueue, DomainEventBus], exports: [JobQueue, DomainEventBus] })
export class EventsModule {}
