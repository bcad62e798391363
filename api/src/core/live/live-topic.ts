import { Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { RedisRelay } from './redis-relay.js';

export interface LiveTopicOptions<T> {
  /** The Redis channel all instances share for this kind of message (`chorus:<name>`). */
  channel: string;
  /** Whom a message is for on this instance (a recipient, a board): subscriptions listen to one key. */
  keyOf: (message: T) => string;
  /** Checks a message that came through Redis (JSON-decoded); null drops it. */
  parse: (decoded: unknown) => T | null;
}

/**
 * One kind of live message (notifications, idea changes) for the subscriptions this instance
 * holds, keyed by whom it is for. With a Redis URL a published message goes through Redis and
 * every instance delivers it to its own subscribers; without, in-process.
 */
export class LiveTopic<T> {
  private readonly logger = new Logger(LiveTopic.name);
  private readonly emitter = new EventEmitter();
  private relay: RedisRelay | undefined;

  constructor(private readonly options: LiveTopicOptions<T>) {
    this.emitter.setMaxListeners(0); // one listener per open subscription
  }

  /** Joins the Redis channel when there is one (fails when Redis cannot be reached). */
  async start(redisUrl: string | undefined): Promise<void> {
    if (!redisUrl) return;
    this.relay = await RedisRelay.start(redisUrl, this.options.channel, (raw) => {
      const message = decode(raw, this.options.parse);
      if (message) this.deliver(message);
      else this.logger.warn(`Ignored a malformed message on ${this.options.channel}`);
    });
  }

  async stop(): Promise<void> {
    await this.relay?.stop();
  }

  publish(message: T): void {
    if (this.relay) this.relay.publish(JSON.stringify(message));
    else this.deliver(message);
  }

  private deliver(message: T): void {
    this.emitter.emit(this.options.keyOf(message), message);
  }

  /** The messages for `key` as they are published, until the iterator is returned. */
  subscribe(key: string): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    const listener = (message: T) => {
      if (waiting) {
        waiting({ value: message, done: false });
        waiting = null;
      } else queue.push(message);
    };
    this.emitter.on(key, listener);
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      this.emitter.off(key, listener);
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

  listenerCount(key: string): number {
    return this.emitter.listenerCount(key);
  }

  /** Whether any subscription on this instance listens at all (skip work nobody here will see). */
  get listening(): boolean {
    return this.emitter.eventNames().length > 0;
  }
}

function decode<T>(raw: string, parse: (decoded: unknown) => T | null): T | null {
  try {
    return parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/**
 * `source` with each message turned into what one subscriber gets (null: nothing for them),
 * one at a time, in order. Returning the result returns `source` at once, even while waiting
 * for a message (an async generator would wait for the next message first, keeping its listener).
 */
export function mapLive<T, R>(
  source: AsyncIterableIterator<T>,
  transform: (message: T) => Promise<R | null>,
): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    async next(): Promise<IteratorResult<R>> {
      for (;;) {
        const message = await source.next();
        if (message.done) return { value: undefined, done: true };
        const result = await transform(message.value);
        if (result !== null) return { value: result, done: false };
      }
    },
    return: async () => {
      await source.return?.();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
