import { randomBytes } from 'node:crypto';
import type { Express, NextFunction, Request, Response } from 'express';
import { idePage } from './ide-page.js';

/**
 * Development only: GET /graphql from a browser (Accept: text/html) gets a small, self-contained
 * GraphQL IDE. Everything is inline and a Content-Security-Policy forbids any other origin, so
 * nothing is fetched from a CDN. Other requests (POST, GET with a query) go on to Apollo.
 */
export function serveGraphqlIde(app: Express, path = '/graphql'): void {
  app.get(path, (req: Request, res: Response, next: NextFunction) => {
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    const nonce = randomBytes(16).toString('base64');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(idePage(path, nonce));
  });
}
