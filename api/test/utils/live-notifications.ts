import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveNotification {
  kind: string;
  statusName: string | null;
  idea: { id: string } | null;
}

export interface LiveNotifications {
  /** The next notification pushed to this socket (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<LiveNotification>;
  close(): Promise<void>;
}

/** A graphql-ws connection to `<url>/graphql` authenticated by `headers` (the session cookie). */
export function connectLive(url: string, headers: Record<string, string>): Client {
  return createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
  });
}

/** Subscribes to notificationAdded and queues what arrives, so a test can await each one. */
export function subscribeNotifications(url: string, headers: Record<string, string>): LiveNotifications {
  const client = connectLive(url, headers);
  const arrived: LiveNotification[] = [];
  const waiting: Array<(notification: LiveNotification) => void> = [];
  let failure: unknown;
  client.subscribe<{ notificationAdded: LiveNotification }>(
    { query: `subscription { notificationAdded { kind statusName idea { id } } }` },
    {
      next: (message) => {
        if (!message.data) failure = new Error(JSON.stringify(message.errors));
        else if (waiting.length > 0) waiting.shift()!(message.data.notificationAdded);
        else arrived.push(message.data.notificationAdded);
      },
      error: (error) => (failure = error),
      complete: () => undefined,
    },
  );
  return {
    next: (timeoutMs = 5000) => {
      if (failure) return Promise.reject(failure instanceof Error ? failure : new Error(String(failure)));
      if (arrived.length > 0) return Promise.resolve(arrived.shift()!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no notification within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((notification) => {
          clearTimeout(timer);
          resolve(notification);
        });
      });
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** Polls until `count()` reaches `expected` (e.g. a subscription registered on the server). */
export async function waitUntil(count: () => number, expected: number, timeoutMs = 3000): Promise<void> {
  for (const start = Date.now(); count() !== expected && Date.now() - start < timeoutMs;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  if (count() !== expected) throw new Error(`expected ${expected}, still ${count()} after ${timeoutMs} ms`);
}
