import { createClient } from 'graphql-ws';
import type { TypedDocumentString } from './generated/graphql';

export interface LiveHandlers<TResult> {
  onData: (data: TResult) => void;
  /**
   * The socket is (again) connected: whatever happened before it listened (the first time) or
   * while it was down (after a drop) was not pushed, so the caller may read the state again.
   */
  onConnected?: (reconnected: boolean) => void;
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
 * Runs one subscription over graphql-ws (the session cookie authenticates the upgrade; the API
 * refuses sockets without a session). Reconnects on its own, forever, with backoff, unless the
 * server refused the session. Errors (refused, or a board no longer visible) end it quietly:
 * live updates are a convenience over what the page already shows.
 */
export function subscribeLive<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
  variables: TVars,
  handlers: LiveHandlers<TResult>,
): LiveConnection {
  let connections = 0;
  const client = createClient({
    url: socketUrl(window.location),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (problem) => !isRefused(problem),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    on: {
      connected: () => handlers.onConnected?.(connections++ > 0),
    },
  });
  const unsubscribe = client.subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.data) handlers.onData(result.data);
      },
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
