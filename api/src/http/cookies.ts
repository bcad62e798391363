import type { IncomingHttpHeaders } from 'node:http';

export const SESSION_COOKIE = 'chorus_session';

/**
 * The session cookie's name: behind https with the `__Host-` prefix, which browsers accept only
 * from this exact host, Secure, on path / and without a Domain, so no sibling subdomain or plain
 * http response can plant or overwrite it.
 */
export function sessionCookieName(publicUrl: string): string {
  return publicUrl.startsWith('https:') ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** Reads one cookie from the Cookie header (no dependency needed for this). */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decoded(part.slice(index + 1).trim());
  }
  return undefined;
}

/** A malformed value (`%E0%A4%A`) is no credential: ignored rather than failing the request. */
function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
