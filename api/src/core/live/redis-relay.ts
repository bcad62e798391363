import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

/**
 * Carries live messages between API instances through Redis pub/sub, so a socket held by
 * instance B hears about a change made through instance A. One channel per kind of message
 * (`chorus:notifications`, `chorus:ideas`), not one per recipient or board: an instance then
 * needs no SUBSCRIBE round trip before a new socket is live (no window where a message slips
 * past), and at a feedback board's volume every instance reading every message costs nothing.
 * Delivery is best effort, like any socket: the change is already committed, and clients read
 * the state again when their socket reconnects.
 */
export class RedisRelay {
  private readonly logger = new Logger(RedisRelay.name);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  private constructor(
    url: string,
    private readonly channel: string,
    deliver: (message: string) => void,
  ) {
    // Without Redis the app keeps serving: commands wait in ioredis' offline queue while it
    // reconnects, and the subscriber re-subscribes by itself.
    const options = { connectionName: channel.replace(':', '-'), maxRetriesPerRequest: null };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const connection of [this.publisher, this.subscriber])
      connection.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    this.subscriber.on('message', (_channel: string, message: string) => deliver(message));
  }

  /**
   * Connects and subscribes to `channel`; resolves once this instance receives what others
   * publish. A Redis that cannot be reached at boot fails the boot (like the database), with the reason.
   */
  static async start(
    url: string,
    channel: string,
    deliver: (message: string) => void,
    timeoutMs = 10_000,
  ): Promise<RedisRelay> {
    const relay = new RedisRelay(url, channel, deliver);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Cannot reach Redis at ${redactedUrl(url)}`)), timeoutMs);
    });
    try {
      await Promise.race([relay.subscriber.subscribe(channel), timeout]);
      return relay;
    } catch (error) {
      relay.publisher.disconnect();
      relay.subscriber.disconnect();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  publish(message: string): void {
    this.publisher.publish(this.channel, message).catch((error: Error) => {
      this.logger.warn(`Live message on ${this.channel} not relayed: ${error.message}`);
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
