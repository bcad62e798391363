import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

/** Paths the API answers itself; everything else that asks for HTML gets the SPA. */
const API_PREFIXES = ['/graphql', '/health', '/ready', '/feeds', '/unsubscribe'];
/** Downloads the API serves under paths the SPA also routes (the analytics page vs its CSV export). */
const API_FILES = /^\/analytics\/[^/]+\.csv$/;

/**
 * Serves the built web app from the same origin: hashed assets cached for a year,
 * and index.html for every other GET that accepts HTML (history-mode routing).
 * Returns false when no build is present (API-only mode, e.g. during `npm run dev`).
 */
export function serveSpa(app: Express, distDir: string): boolean {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) return false;
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
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}
