import { Injectable, Logger } from '@nestjs/common';
import { DomainEventBus, type DomainEventName, type DomainEvents } from './domain-events.js';

/**
 * Listeners that do follow-up work (follows, notifications, reputation, mail) register here instead of on the
 * bus directly, so the work they start after a commit can be awaited: `settled()` resolves once
 * every handler started so far has finished (tests use it instead of sleeping; shutdown uses it
 * to finish in-flight work before the pool closes).
 */
@Injectable()
export class EventTasks {
  private readonly running = new Set<Promise<unknown>>();
  private readonly logger = new Logger(EventTasks.name);

  constructor(private readonly bus: DomainEventBus) {}

  on<E extends DomainEventName>(event: E, handler: (payload: DomainEvents[E]) => Promise<unknown>): void {
    this.bus.on(event, (payload) => this.track(handler(payload), event));
  }

  /** Runs `work` in the background, tracked by `settled()`; failures are logged. */
  track(work: Promise<unknown>, label: string): Promise<unknown> {
    const task = work.catch((error: unknown) => this.logger.error({ err: error, label }, 'event task failed'));
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
    return task;
  }

  /** Resolves when all tracked work (including work started by that work) has finished. */
  async settled(): Promise<void> {
    // Listeners start on a microtask after emit: let them start first.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
