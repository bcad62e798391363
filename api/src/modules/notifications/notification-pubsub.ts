import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { NotificationModel } from './notification.model.js';

/**
 * Live notifications for `notificationAdded`, one channel per recipient. In-process for now:
 * with several API instances behind a load balancer this becomes Redis pub/sub (same two
 * methods), since a subscriber may be connected to another instance than the writer.
 */
@Injectable()
export class NotificationPubSub {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0); // one listener per open subscription
  }

  publish(notification: NotificationModel): void {
    this.emitter.emit(`user:${notification.recipientId}`, notification);
  }

  /** Notifications for one recipient as they are published, until the iterator is returned. */
  subscribe(recipientId: string): AsyncIterableIterator<NotificationModel> {
    const channel = `user:${recipientId}`;
    const queue: NotificationModel[] = [];
    let waiting: ((result: IteratorResult<NotificationModel>) => void) | null = null;
    let done = false;
    const listener = (n: NotificationModel) => {
      if (waiting) {
        waiting({ value: n, done: false });
        waiting = null;
      } else queue.push(n);
    };
    this.emitter.on(channel, listener);
    const finish = (): Promise<IteratorResult<NotificationModel>> => {
      done = true;
      this.emitter.off(channel, listener);
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  listenerCount(recipientId: string): number {
    return this.emitter.listenerCount(`user:${recipientId}`);
  }
}
