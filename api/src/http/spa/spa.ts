import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { cspNonceOf } from '../security-headers.js';
import { firstPaintHtml } from './first-paint.js';
import { initialDataScript, loadInitialData, readDocuments, type InitialQuery } from './initial-data.js';

/** Paths the API answers itself; everything else that asks for HTML gets the SPA. */
const API_PREFIXES = ['/graphql', '/health', '/ready', '/feeds', '/unsubscribe', '/sso'];
/** Downloads the API serves under paths the SPA also routes (the analytics page vs its CSV export). */
const API_FILES = /^\/analytics\/[^/]+\.csv$/;

/**
 * Serves the built web app from the same origin: hashed assets cached for a year,
 * and index.html for every other GET that accepts HTML (history-mode routing), with the
 * landing page's first data embedded when the route has some (see initial-data.ts).
 * Returns false when no build is present (API-only mode, e.g. during `npm run dev`).
 */
export function serveSpa(app: Express, distDir: string): boolean {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const indexHtml = readFileSync(indexFile, 'utf8');
  const documents = readDocuments(join(distDir, 'prefetch-documents.json')) ?? {};
  app.use(
    '/assets',
    express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
  );
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi =
      API_FILES.test(req.path) ||
      API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) return next();
    // The embedded data depends on who asks: no shared caches, and a revalidation per visit.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Vary', 'Cookie');
    res.type('html');
    const html = withNonce(indexHtml, cspNonceOf(res));
    if (req.method === 'HEAD') return void res.send(html);
    loadInitialData(req, documents)
      .then((queries) => res.send(queries.length ? withInitialData(html, queries) : html))
      .catch(next);
  });
  return true;
}

/**
 * The shell's own inline script and stylesheet (web/vite.config.ts inlines them) carry this
 * response's CSP nonce (http/security-headers.ts); the module script gets it too, harmlessly.
 * Only the build's tags are marked: the embedded data and first paint are added afterwards.
 */
function withNonce(html: string, nonce: string): string {
  return html.replace(/<(script|style)(?=[\s>])/g, (_tag, name: string) => `<${name} nonce="${nonce}"`);
}

/** index.html with the data block (function replacers: `$'` in a title is text, not a pattern) and, inside the app's element, the static first paint. */
function withInitialData(html: string, queries: InitialQuery[]): string {
  const shell = firstPaintHtml(queries);
  const withShell = shell ? html.replace('<div id="app"></div>', () => `<div id="app">${shell}</div>`) : html;
  return withShell.replace('</body>', () => `${initialDataScript(queries)}\n</body>`);
}
