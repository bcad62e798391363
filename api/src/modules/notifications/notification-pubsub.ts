import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { LiveTopic } from '../../core/live/live-topic.js';
import type { NotificationModel } from './notification.model.js';

/** The Redis channel every instance shares for live notifications. */
export const NOTIFICATION_CHANNEL = 'chorus:notifications';

/**
 * Live notifications for `notificationAdded`, one local channel per recipient. With REDIS_URL
 * set (several API instances behind a load balancer), a published notification goes through
 * Redis and every instance delivers it to the sockets it holds; without it, in-process.
 */
@Injectable()
export class NotificationPubSub implements OnModuleInit, OnModuleDestroy {
  private readonly topic = new LiveTopic<NotificationModel>({
    channel: NOTIFICATION_CHANNEL,
    keyOf: (n) => `user:${n.recipientId}`,
    parse: parseNotification,
  });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.topic.start(this.config.redisUrl);
  }

  async onModuleDestroy(): Promise<void> {
    await this.topic.stop();
  }

  publish(notification: NotificationModel): void {
    this.topic.publish(notification);
  }

  /** Notifications for one recipient as they are published, until the iterator is returned. */
  subscribe(recipientId: string): AsyncIterableIterator<NotificationModel> {
    return this.topic.subscribe(`user:${recipientId}`);
  }

  listenerCount(recipientId: string): number {
    return this.topic.listenerCount(`user:${recipientId}`);
  }
}

function parseNotification(decoded: unknown): NotificationModel | null {
  const parsed = decoded as NotificationModel & { createdAt: string };
  if (typeof parsed?.recipientId !== 'string' || typeof parsed.createdAt !== 'string') return null;
  return { ...parsed, createdAt: new Date(parsed.createdAt) };
}
