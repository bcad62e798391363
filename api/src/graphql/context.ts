import type { Request, Response } from 'express';
import type { RequestLoaders } from '../core/request-loaders.js';
import type { Viewer } from '../core/viewer.js';

/** Per-request GraphQL context: built fresh for every operation (graphql.module.ts). */
export interface GqlContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  /** This request's DataLoaders: `loaders.get(ideaLoaders)` (see core/request-loaders.ts). */
  loaders: RequestLoaders;
}
