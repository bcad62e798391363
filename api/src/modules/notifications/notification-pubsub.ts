import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { NotificationModel } from './notification.model.js';
import { RedisRelay } from './redis-relay.js';

/**
 * Live notifications for `notificationAdded`, one local channel per recipient. With REDIS_URL
 * set (several API instances behind a load balancer), a published notification goes through
 * Redis and every instance delivers it to the sockets it holds; without it, in-process.
 */
@Injectable()
export class NotificationPubSub implements OnModuleInit, OnModuleDestroy {
  private readonly emitter = new EventEmitter();
  private relay: RedisRelay | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.emitter.setMaxListeners(0); // one listener per open subscription
  }

  async onModuleInit(): Promise<void> {
    if (this.config.redisUrl) this.relay = await RedisRelay.start(this.config.redisUrl, (n) => this.deliver(n));
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay?.stop();
  }

  publish(notification: NotificationModel): void {
    if (this.relay) this.relay.publish(notification);
    else this.deliver(notification);
  }

  private deliver(notification: NotificationModel): void {
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
