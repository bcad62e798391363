import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { NotificationModel } from './notification.model.js';

/** One channel for every instance: each keeps only what its own open subscriptions asked for. */
export const NOTIFICATION_CHANNEL = 'chorus:notifications';

/**
 * Carries live notifications between API instances through Redis pub/sub, so a member whose
 * socket is on instance B hears about a status change made through instance A.
 *
 * One channel rather than one per member: an instance then needs no SUBSCRIBE round trip
 * before a new socket is live (no window where a notification slips past), and at a feedback
 * board's volume every instance parsing every notification costs nothing. Delivery is best
 * effort, like any socket: the row is already committed, and the web app refetches the unread
 * count when its socket reconnects or the window regains focus.
 */
export class RedisRelay {
  private readonly logger = new Logger(RedisRelay.name);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  private constructor(url: string, deliver: (notification: NotificationModel) => void) {
    // Without Redis the app keeps serving: commands wait in ioredis' offline queue while it
    // reconnects, and the subscriber re-subscribes by itself.
    const options = { connectionName: 'chorus-notifications', maxRetriesPerRequest: null };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const connection of [this.publisher, this.subscriber])
      connection.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    this.subscriber.on('message', (_channel: string, payload: string) => {
      const notification = parseNotification(payload);
      if (notification) deliver(notification);
      else this.logger.warn('Ignored a malformed notification message');
    });
  }

  /**
   * Connects and subscribes; resolves once this instance receives what others publish. A Redis
   * that cannot be reached at boot fails the boot (like the database), with the reason.
   */
  static async start(
    url: string,
    deliver: (notification: NotificationModel) => void,
    timeoutMs = 10_000,
  ): Promise<RedisRelay> {
    const relay = new RedisRelay(url, deliver);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Cannot reach Redis at ${redactedUrl(url)}`)), timeoutMs);
    });
    try {
      await Promise.race([relay.subscriber.subscribe(NOTIFICATION_CHANNEL), timeout]);
      return relay;
    } catch (error) {
      relay.publisher.disconnect();
      relay.subscriber.disconnect();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  publish(notification: NotificationModel): void {
    this.publisher.publish(NOTIFICATION_CHANNEL, JSON.stringify(notification)).catch((error: Error) => {
      this.logger.warn(`Live notification ${notification.id} not relayed: ${error.message}`);
    });
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}

function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function parseNotification(payload: string): NotificationModel | null {
  try {
    const parsed = JSON.parse(payload) as NotificationModel & { createdAt: string };
    if (typeof parsed.recipientId !== 'string' || typeof parsed.createdAt !== 'string') return null;
    return { ...parsed, createdAt: new Date(parsed.createdAt) };
  } catch {
    return null;
  }
}
