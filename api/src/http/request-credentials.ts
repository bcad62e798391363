import type { Request, Response } from 'express';
import type { Credentials } from '../modules/auth/auth.service.js';
import { readCookie, sessionCookieName } from './cookies.js';

/**
 * The credentials an HTTP request presents: a bearer API token (integrators) or the session
 * cookie (the web app). A cookie sent from another origin is ignored, so such a request is
 * anonymous (CSRF defence on top of SameSite=Lax and Apollo's preflight requirement).
 */
export function credentialsOf(req: Request, publicUrl: string): Credentials {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return { bearer };
  const session = readCookie(req.headers, sessionCookieName(publicUrl));
  return session && isSameOrigin(req) ? { session } : {};
}

/** The session token of the request's cookie, whatever its origin (for signing out). */
export function sessionTokenOf(req: Request, publicUrl: string): string | undefined {
  return readCookie(req.headers, sessionCookieName(publicUrl));
}

function isSameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // same-origin GET/POST from older browsers, server-side clients
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Cookie settings of the session: HttpOnly, SameSite=Lax, Secure behind https. */
function cookieOptions(publicUrl: string) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: publicUrl.startsWith('https:'), path: '/' };
}

export function setSessionCookie(res: Response, publicUrl: string, token: string, days: number): void {
  res.cookie(sessionCookieName(publicUrl), token, { ...cookieOptions(publicUrl), maxAge: days * 86_400_000 });
}

export function clearSessionCookie(res: Response, publicUrl: string): void {
  res.clearCookie(sessionCookieName(publicUrl), cookieOptions(publicUrl));
}

/**
 * The single sign-on round trip's state (PKCE verifier, state, nonce, where to go next), sealed
 * by modules/sso, kept for the ten minutes a visitor may spend at the identity provider. Only
 * /sso sees it; SameSite=Lax still sends it on the provider's top-level redirect back.
 */
const SSO_COOKIE = 'chorus_sso';
const SSO_COOKIE_PATH = '/sso';

export function setSsoTransactionCookie(res: Response, publicUrl: string, sealed: string): void {
  res.cookie(SSO_COOKIE, sealed, { ...cookieOptions(publicUrl), path: SSO_COOKIE_PATH, maxAge: 10 * 60_000 });
}

export function ssoTransactionOf(req: Request): string | undefined {
  return readCookie(req.headers, SSO_COOKIE);
}

export function clearSsoTransactionCookie(res: Response, publicUrl: string): void {
  res.clearCookie(SSO_COOKIE, { ...cookieOptions(publicUrl), path: SSO_COOKIE_PATH });
}
