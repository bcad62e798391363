import type { TestApp } from './test-app.js';

export interface Timed<T> {
  result: T;
  /** How long the work took, in milliseconds. */
  elapsedMs: number;
  /** The slowest answer of /health polled every 10 ms meanwhile (the event loop stayed free when small). */
  worstHealthMs: number;
}

/** Runs `work` while polling `/health`, so a test can prove a hostile request never stalls the server. */
export async function whileProbingHealth<T>(t: TestApp, work: () => Promise<T>): Promise<Timed<T>> {
  let done = false;
  let worstHealthMs = 0;
  const probe = (async () => {
    while (!done) {
      const start = performance.now();
      const response = await fetch(`${t.url}/health`);
      await response.arrayBuffer();
      worstHealthMs = Math.max(worstHealthMs, performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const start = performance.now();
  try {
    const result = await work();
    return { result, elapsedMs: performance.now() - start, worstHealthMs };
  } finally {
    done = true;
    await probe;
  }
}

/** POSTs a raw GraphQL body and returns the status and parsed JSON (or the text when not JSON). */
export async function postGraphQL(
  t: TestApp,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as never };
  } catch {
    return { status: response.status, body: { errors: [{ message: text }] } };
  }
}
