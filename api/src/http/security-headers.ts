import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** The nonce of this response's Content-Security-Policy, for the inline scripts and styles it embeds. */
export function cspNonceOf(res: Response): string {
  return String(res.locals.cspNonce);
}

/**
 * Security headers of every response (helmet). The CSP allows only this origin's code, plus the
 * SPA shell's inline preload script and stylesheet, which http/spa/spa.ts marks with a fresh
 * per-request nonce (so an injected script never runs: it cannot know the nonce). Style
 * attributes stay allowed (Vue templates use a few; they cannot run code). No framing at all.
 * Behind https: HSTS, and mixed content upgraded. The development GraphQL IDE
 * (graphql/ide) replaces the CSP with its own on its one page.
 */
export function securityHeaders(publicUrl: string): RequestHandler[] {
  const https = publicUrl.startsWith('https:');
  const nonce = (_req: unknown, res: unknown) => `'nonce-${cspNonceOf(res as Response)}'`;
  return [
    (_req: Request, res: Response, next: NextFunction) => {
      res.locals.cspNonce = randomBytes(16).toString('base64');
      next();
    },
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", nonce],
          styleSrc: ["'self'", nonce],
          styleSrcAttr: ["'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      xFrameOptions: { action: 'deny' },
    }),
  ];
}
