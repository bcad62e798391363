import type { Request, Response } from 'express';
import type { Loaders } from './loaders.js';

/** Who is making the request; null for anonymous visitors. */
export interface Viewer {
  id: string;
  role: 'member' | 'moderator' | 'product_manager' | 'admin';
}

/** Per-request GraphQL context: built fresh for every operation. */
export interface GqlContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  loaders: Loaders;
}
