import http from 'node:http';
import https from 'node:https';
import { pinnedLookup, resolveTarget, RefusedTarget } from './webhook-target.js';

/** A delivery attempt may take this long in all (DNS, connect, TLS, response). */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Of a response body, only this much is read (and kept, for the delivery log). */
export const RESPONSE_EXCERPT_BYTES = 2048;

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

/**
 * POSTs `body` to `url` once: the host's addresses are checked (see resolveTarget) and the
 * socket connects to exactly those; redirects are not followed (a 3xx is a failure, it could
 * point anywhere); the whole attempt is bounded by DELIVERY_TIMEOUT_MS and reads at most
 * RESPONSE_EXCERPT_BYTES of the answer. Never throws: the outcome says what happened.
 */
export async function sendWebhook(
  url: URL,
  body: string,
  headers: Record<string, string>,
  allowPrivate: boolean,
): Promise<SendResult> {
  const started = performance.now();
  const done = (result: Omit<SendResult, 'durationMs'>): SendResult => ({
    ...result,
    durationMs: Math.round(performance.now() - started),
  });
  const signal = AbortSignal.timeout(DELIVERY_TIMEOUT_MS);
  try {
    const addresses = await resolveTarget(url, allowPrivate);
    const { statusCode, excerpt } = await post(url, body, headers, addresses, signal);
    const ok = statusCode >= 200 && statusCode < 300;
    const error = ok
      ? null
      : statusCode >= 300 && statusCode < 400
        ? `Redirect (${statusCode}) not followed`
        : `HTTP ${statusCode}`;
    return done({ ok, statusCode, error, responseExcerpt: excerpt });
  } catch (error) {
    const message =
      error instanceof RefusedTarget
        ? error.message
        : signal.aborted
          ? `No response within ${DELIVERY_TIMEOUT_MS / 1000} s`
          : (error as Error).message || String(error);
    return done({ ok: false, statusCode: null, error: message.slice(0, 500), responseExcerpt: null });
  }
}

function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  addresses: Array<{ address: string; family: number }>,
  signal: AbortSignal,
): Promise<{ statusCode: number; excerpt: string }> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      agent: false,
      lookup: pinnedLookup(addresses),
      signal,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Chorus-Webhooks/1',
        ...headers,
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let length = 0;
      const finish = () => {
        response.destroy();
        resolve({
          statusCode: response.statusCode ?? 0,
          excerpt: Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8'),
        });
      };
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        length += chunk.length;
        if (length >= RESPONSE_EXCERPT_BYTES) finish(); // the rest is not ours to read
      });
      response.on('end', finish);
      response.on('error', finish);
    });
    request.end(body);
  });
}
