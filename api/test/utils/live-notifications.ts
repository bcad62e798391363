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

export interface LiveMessages<T> {
  /** The next message pushed to this subscription (rejects after `timeoutMs`, or with the errors it got). */
  next(timeoutMs?: number): Promise<T>;
  /** Resolves when nothing arrives within `ms` (rejects with what did). */
  nothingWithin(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Runs one subscription on its own socket and queues what arrives, so a test can await each message. */
export function subscribeLive<T>(
  url: string,
  headers: Record<string, string>,
  payload: { query: string; variables?: Record<string, unknown> },
  field: string,
): LiveMessages<T> {
  const client = connectLive(url, headers);
  const arrived: T[] = [];
  const waiting: Array<{ resolve: (message: T) => void; reject: (error: Error) => void }> = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const waiter of waiting.splice(0)) waiter.reject(error);
  };
  client.subscribe<Record<string, T>>(payload, {
    next: (message) => {
      if (!message.data) fail(new Error(JSON.stringify(message.errors)));
      else if (waiting.length > 0) waiting.shift()!.resolve(message.data[field]);
      else arrived.push(message.data[field]);
    },
    error: (error) => fail(describeFailure(error)),
    complete: () => undefined,
  });
  return {
    next: (timeoutMs = 5000) => {
      if (arrived.length > 0) return Promise.resolve(arrived.shift()!);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`nothing within ${timeoutMs} ms`)), timeoutMs);
        waiting.push({
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
      });
    },
    nothingWithin: async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (failure) throw failure;
      if (arrived.length > 0) throw new Error(`unexpected: ${JSON.stringify(arrived)}`);
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** A graphql-ws error: GraphQL errors, a close event (code, reason), or an Error. */
function describeFailure(error: unknown): Error {
  if (error instanceof Error) return error;
  if (Array.isArray(error)) return new Error(JSON.stringify(error));
  const { code, reason } = (error ?? {}) as { code?: number; reason?: string };
  return new Error(code !== undefined ? `socket closed ${code} ${reason ?? ''}` : String(error));
}

/** Subscribes to notificationAdded and queues what arrives, so a test can await each one. */
export function subscribeNotifications(url: string, headers: Record<string, string>): LiveNotifications {
  return subscribeLive<LiveNotification>(
    url,
    headers,
    { query: `subscription { notificationAdded { kind statusName idea { id } } }` },
    'notificationAdded',
  );
}

/** Polls until `count()` reaches `expected` (e.g. a subscription registered on the server). */
export async function waitUntil(count: () => number, expected: number, timeoutMs = 3000): Promise<void> {
  for (const start = Date.now(); count() !== expected && Date.now() - start < timeoutMs;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  if (count() !== expected) throw new Error(`expected ${expected}, still ${count()} after ${timeoutMs} ms`);
}
