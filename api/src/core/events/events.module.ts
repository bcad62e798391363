import { Global, Module } from '@nestjs/common';
import { DomainEventBus } from './domain-events.js';
import { EventTasks } from '../../core/events/event-tasks.js';

/** The domain-event bus and its tracked listeners, for every feature. */
@Global()
@Module({ providers: [DomainEventBus, EventTasks], exports: [DomainEventBus, EventTasks] })
export class EventsModule {}
