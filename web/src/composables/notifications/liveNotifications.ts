import { createClient } from 'graphql-ws';
import {
  NotificationAddedDocument,
  type NotificationAddedSubscription,
  type NotificationFieldsFragment,
} from '@/graphql/generated/graphql';

export interface LiveHandlers {
  onNotification: (notification: NotificationFieldsFragment) => void;
  /**
   * The socket is (again) connected: whatever arrived before it listened (the first time) or
   * while it was down (after a drop) was not pushed, so the caller reads the state again.
   */
  onConnected: () => void;
}

export interface LiveConnection {
  close: () => void;
}

/** The API's graphql-ws endpoint on this origin (ws: or wss: to match the page). */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/** Exponential, capped at 30 s, with jitter so that a restarted server is not hit all at once. */
export function retryDelayMs(retries: number, random = Math.random()): number {
  return Math.min(30_000, 1_000 * 2 ** retries) + Math.round(random * 1_000);
}

/** 4403: the server refused the socket's session (signed out or expired): retrying won't help. */
function isRefused(problem: unknown): boolean {
  return typeof problem === 'object' && problem !== null && 'code' in problem && problem.code === 4403;
}

/**
 * Subscribes to `notificationAdded` over graphql-ws (the session cookie authenticates the
 * upgrade). Reconnects on its own, forever, with backoff; the caller also refetches the count
 * on window focus, so a socket that gave up only delays the badge.
 */
export function connectLiveNotifications(handlers: LiveHandlers): LiveConnection {
  const client = createClient({
    url: socketUrl(window.location),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (problem) => !isRefused(problem),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    on: {
      connected: () => handlers.onConnected(),
    },
  });
  const unsubscribe = client.subscribe<NotificationAddedSubscription>(
    { query: NotificationAddedDocument.toString() },
    {
      next: (result) => {
        const notification = result.data?.notificationAdded;
        if (notification) handlers.onNotification(notification);
      },
      // Refused or given up: the focus refetch keeps the badge right.
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return {
    close: () => {
      unsubscribe();
      void client.dispose();
    },
  };
}
